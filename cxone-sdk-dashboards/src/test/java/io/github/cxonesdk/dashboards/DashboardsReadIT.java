package io.github.cxonesdk.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.json.CxoneJson;
import org.junit.jupiter.api.Test;

/** The readers with the module descriptors in force: reflection over records, Jackson, the YAML parser. */
class DashboardsReadIT {

    @Test
    void jsonAndYaml_readTheSameDashboard_andReportProblemsWithPaths() {
        Dashboard dashboard = Fixtures.dashboard();
        String json = CxoneJson.mapper().writeValueAsString(dashboard);
        assertThat(Dashboards.readJson(json)).isEqualTo(dashboard);
        // JSON is YAML: the YAML reader takes the same document.
        assertThat(Dashboards.readYaml(json)).isEqualTo(dashboard);
        assertThatThrownBy(() -> Dashboards.readYaml("name: n\nwidgets: [null]\n"))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.toString()).containsExactly("widgets[0]: must not be null"));
    }
}
