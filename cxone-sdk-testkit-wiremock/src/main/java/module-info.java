/**
 * Ready-made WireMock stubs of the CXone wire contract: the Java API ({@code CxoneStubs}) and the same
 * stubs as WireMock JSON mapping files.
 *
 * <p>WireMock 3.x publishes no module name; on the module path its standalone jar is the automatic
 * module {@code wiremock.standalone}, which this module reads (and passes on to its readers, since
 * its API takes WireMock types). On the class path any WireMock 3.x jar works.
 */
module io.github.cxonesdk.testkit.wiremock {
    requires transitive wiremock.standalone;

    exports io.github.cxonesdk.testkit.wiremock;
    // The mapping files live under .../wiremock/cxone-stubs/mappings: "cxone-stubs" is no package name,
    // so the files are not encapsulated and WireMock reads them from the jar on the module path too.
}
