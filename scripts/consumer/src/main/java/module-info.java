module example.consumer {
    requires io.github.cxonesdk.dashboards;
}
