import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks a staged release repository before anything is uploaded to Maven Central.
 *
 * <pre>
 * java scripts/ReleaseCheck.java STAGING_REPO VERSION     # completeness, signatures, checksums, metadata, jars, BOM
 * java scripts/ReleaseCheck.java --compare REPO_A REPO_B  # two builds are byte for byte equal (signatures aside)
 * </pre>
 *
 * Prints every problem and exits 1 when there is any.
 */
public final class ReleaseCheck {
    private static final String GROUP_PATH = "io/github/cxonesdk";
    private static final String BOM = "cxone-sdk-bom";
    private static final String PARENT = "cxone-sdk-parent";
    private static final List<String> REQUIRED_METADATA = List.of("name", "description", "url", "licenses",
            "developers", "scm");
    private static final List<String> NEVER_DEPLOYED = List.of("cxone-sdk-benchmarks", "cxone-sdk-examples", "cxone-sdk-cli");

    private final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        ReleaseCheck check = new ReleaseCheck();
        if (args.length == 3 && args[0].equals("--compare")) {
            check.compare(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 2) {
            check.check(Path.of(args[0]), args[1]);
        } else {
            System.err.println("usage: ReleaseCheck STAGING_REPO VERSION | --compare REPO_A REPO_B");
            System.exit(2);
        }
        if (!check.problems.isEmpty()) {
            check.problems.forEach(p -> System.err.println("FAIL " + p));
            System.err.println(check.problems.size() + " problem(s)");
            System.exit(1);
        }
    }

    private void check(Path repo, String version) throws Exception {
        if (version.endsWith("-SNAPSHOT")) {
            problems.add("version " + version + " is a snapshot");
        }
        Path group = repo.resolve(GROUP_PATH);
        Set<String> artifacts = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(group)) {
            dirs.filter(Files::isDirectory).forEach(d -> artifacts.add(d.getFileName().toString()));
        }
        if (!artifacts.contains(PARENT) || !artifacts.contains(BOM)) {
            problems.add("the parent POM and the BOM must both be staged; found " + artifacts);
        }
        Document parent = null;
        Path parentPom = group.resolve(PARENT).resolve(version).resolve(PARENT + "-" + version + ".pom");
        if (Files.exists(parentPom)) {
            parent = parse(parentPom);
        }
        Set<String> deployedJars = new TreeSet<>();
        for (String artifact : artifacts) {
            if (NEVER_DEPLOYED.contains(artifact)) {
                problems.add(artifact + " is staged but must never be deployed");
            }
            Path dir = group.resolve(artifact).resolve(version);
            Path pom = dir.resolve(artifact + "-" + version + ".pom");
            if (!Files.exists(pom)) {
                problems.add(artifact + ": no " + pom.getFileName() + " for version " + version);
                continue;
            }
            Document doc = parse(pom);
            checkPom(artifact, doc, artifact.equals(PARENT) || artifact.equals(BOM) ? null : parent);
            List<Path> files = new ArrayList<>(List.of(pom));
            String packaging = text(doc.getDocumentElement(), "packaging");
            if (packaging == null || packaging.equals("jar")) {
                deployedJars.add(artifact);
                for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
                    files.add(dir.resolve(artifact + "-" + version + suffix));
                }
                checkJar(artifact, dir.resolve(artifact + "-" + version + ".jar"));
            }
            for (Path file : files) {
                checkSignedAndSummed(artifact, file);
            }
        }
        checkBom(group.resolve(BOM).resolve(version).resolve(BOM + "-" + version + ".pom"), deployedJars);
        System.out.println("checked " + artifacts.size() + " artifacts (" + deployedJars.size() + " jars) in " + repo);
    }

    private void checkPom(String artifact, Document doc, Document parent) {
        Element root = doc.getDocumentElement();
        for (String element : REQUIRED_METADATA) {
            boolean own = child(root, element) != null;
            boolean inherited = parent != null && !element.equals("name") && !element.equals("description")
                    && child(parent.getDocumentElement(), element) != null;
            if (!own && !inherited) {
                problems.add(artifact + ": POM lacks <" + element + ">");
            }
        }
        NodeList versions = doc.getElementsByTagName("version");
        for (int i = 0; i < versions.getLength(); i++) {
            String v = versions.item(i).getTextContent().trim();
            if (v.contains("SNAPSHOT")) {
                Node owner = versions.item(i).getParentNode();
                String what = owner instanceof Element e && text(e, "artifactId") != null ? text(e, "artifactId")
                        : owner.getNodeName();
                problems.add(artifact + ": POM still refers to a snapshot (" + what + " " + v + ")");
            }
        }
    }

    private void checkJar(String artifact, Path jar) throws IOException {
        if (!Files.exists(jar)) {
            return; // reported by checkSignedAndSummed
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry("module-info.class") == null) {
                problems.add(artifact + ": " + jar.getFileName() + " has no module-info.class");
            }
            if (zip.getEntry("META-INF/LICENSE") == null) {
                problems.add(artifact + ": " + jar.getFileName() + " has no META-INF/LICENSE");
            }
        }
    }

    private void checkSignedAndSummed(String artifact, Path file) throws Exception {
        if (!Files.exists(file)) {
            problems.add(artifact + ": missing " + file.getFileName());
            return;
        }
        Path asc = Path.of(file + ".asc");
        if (!Files.exists(asc)) {
            problems.add(artifact + ": missing signature " + asc.getFileName());
        } else {
            Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(gpg.getInputStream().readAllBytes());
            if (!gpg.waitFor(60, TimeUnit.SECONDS) || gpg.exitValue() != 0) {
                problems.add(artifact + ": bad signature " + asc.getFileName() + ": " + out.strip());
            }
        }
        for (String algorithm : List.of("SHA-1", "MD5")) {
            String extension = algorithm.equals("SHA-1") ? ".sha1" : ".md5";
            Path sum = Path.of(file + extension);
            if (!Files.exists(sum)) {
                problems.add(artifact + ": missing checksum " + sum.getFileName());
                continue;
            }
            String expected = Files.readString(sum).trim().split("\\s+")[0];
            if (!expected.equalsIgnoreCase(digest(algorithm, file))) {
                problems.add(artifact + ": checksum " + sum.getFileName() + " does not match");
            }
        }
    }

    private void checkBom(Path bom, Set<String> deployedJars) throws Exception {
        if (!Files.exists(bom)) {
            return; // reported above
        }
        Set<String> listed = new TreeSet<>();
        NodeList deps = parse(bom).getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            listed.add(text((Element) deps.item(i), "artifactId"));
        }
        if (!listed.equals(deployedJars)) {
            problems.add("the BOM lists " + listed + " but the deployed modules are " + deployedJars);
        }
    }

    private void compare(Path a, Path b) throws Exception {
        Set<String> left = releaseFiles(a);
        Set<String> right = releaseFiles(b);
        if (!left.equals(right)) {
            problems.add("the two builds staged different files: " + left + " vs " + right);
        }
        int same = 0;
        for (String file : left) {
            if (right.contains(file)) {
                if (Files.mismatch(a.resolve(file), b.resolve(file)) != -1) {
                    problems.add("not reproducible: " + file + " differs between the two builds");
                } else {
                    same++;
                }
            }
        }
        System.out.println(same + " files identical in both builds");
    }

    /** Every staged file except signatures (randomised by GPG) and repository metadata (timestamped). */
    private static Set<String> releaseFiles(Path repo) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(repo)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> repo.relativize(p).toString())
                    .filter(p -> !p.contains(".asc") && !p.contains("maven-metadata"))
                    .forEach(files::add);
        }
        return files;
    }

    private static String digest(String algorithm, Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance(algorithm);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
