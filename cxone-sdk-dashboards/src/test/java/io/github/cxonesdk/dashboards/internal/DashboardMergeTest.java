package io.github.cxonesdk.dashboards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardMergeConflictException;
import io.github.cxonesdk.dashboards.Fixtures;
import io.github.cxonesdk.dashboards.Position;
import io.github.cxonesdk.dashboards.Widget;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardMergeTest {
    private static final Dashboard BASE = Fixtures.dashboard().toBuilder().id("db-1").build();

    private static Dashboard widget(Dashboard d, int index, java.util.function.UnaryOperator<Widget.Builder> change) {
        return d.updateWidget(index, w -> change.apply(w.toBuilder()).build());
    }

    private static List<String> conflicts(Dashboard ours, Dashboard theirs) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> DashboardMerge.merge(BASE, ours, theirs));
        assertThat(thrown).isInstanceOf(DashboardMergeConflictException.class);
        return ((DashboardMergeConflictException) thrown).paths();
    }

    @Test
    void nobodyElseChanged_givesOurs() {
        Dashboard ours = BASE.toBuilder().refreshInterval(60).build();
        assertThat(DashboardMerge.merge(BASE, ours, BASE)).isEqualTo(ours);
    }

    @Test
    void weChangedNothing_givesTheirs() {
        Dashboard theirs = BASE.toBuilder().description("theirs").build();
        assertThat(DashboardMerge.merge(BASE, BASE, theirs)).isEqualTo(theirs);
    }

    @Test
    void differentFields_bothSurvive() {
        Dashboard ours = BASE.toBuilder().refreshInterval(60).build();
        Dashboard theirs = BASE.toBuilder().description("edited concurrently").build();
        assertThat(DashboardMerge.merge(BASE, ours, theirs))
                .isEqualTo(BASE.toBuilder().refreshInterval(60).description("edited concurrently").build());
    }

    @Test
    void aFieldRemovedByUs_andUntouchedByThem_staysRemoved() {
        Dashboard ours = BASE.toBuilder().description(null).build();
        Dashboard theirs = BASE.toBuilder().name("Renamed").build();
        assertThat(DashboardMerge.merge(BASE, ours, theirs)).isEqualTo(theirs.toBuilder().description(null).build());
    }

    @Test
    void sameChangeOnBothSides_isNoConflict() {
        Dashboard both = BASE.toBuilder().refreshInterval(60).build();
        assertThat(DashboardMerge.merge(BASE, both, both)).isEqualTo(both);
    }

    @Test
    void sameFieldChangedDifferently_isAConflictNamingThePath() {
        assertThat(conflicts(BASE.toBuilder().refreshInterval(60).name("Ours").build(),
                BASE.toBuilder().refreshInterval(30).name("Theirs").build()))
                .containsExactly("name", "refreshInterval");
        assertThatThrownBy(() -> DashboardMerge.merge(BASE, BASE.toBuilder().refreshInterval(60).build(),
                BASE.toBuilder().refreshInterval(30).build()))
                .hasMessageContaining("db-1").hasMessageContaining("refreshInterval");
    }

    @Test
    void differentFieldsOfOneWidget_merge_andNestedConflictsNameTheFullPath() {
        Dashboard ours = widget(BASE, 1, w -> w.refreshInterval(60));
        Dashboard theirs = widget(BASE, 1, w -> w.layout(Position.of(2, 0, 2, 3)));
        assertThat(DashboardMerge.merge(BASE, ours, theirs))
                .isEqualTo(widget(BASE, 1, w -> w.refreshInterval(60).layout(Position.of(2, 0, 2, 3))));

        assertThat(conflicts(widget(BASE, 1, w -> w.refreshInterval(60)), widget(BASE, 1, w -> w.refreshInterval(5))))
                .containsExactly("widgets[1].refreshInterval");
        assertThat(conflicts(widget(BASE, 0, w -> w.layout(Position.of(0, 2, 2, 2))),
                widget(BASE, 0, w -> w.layout(Position.of(0, 1, 1, 1)))))
                .containsExactly("widgets[0].layout.y");
    }

    @Test
    void widgets_areMatchedByTitle_soAddsRemovesAndReordersOnBothSidesSurvive() {
        Widget added = Fixtures.widget("Added by us", Position.of(0, 2, 2, 2));
        Widget theirsAdded = Fixtures.widget("Added by them", Position.of(2, 2, 2, 2));
        // We edit the second widget and add one; they reorder, edit the first and add another.
        Dashboard ours = widget(BASE, 1, w -> w.refreshInterval(60)).toBuilder().addWidget(added).build();
        Dashboard theirs = BASE.toBuilder().widgets(BASE.widgets().get(1),
                BASE.widgets().get(0).toBuilder().refreshInterval(5).build(), theirsAdded).build();

        Dashboard merged = DashboardMerge.merge(BASE, ours, theirs);
        assertThat(merged.widgets()).containsExactly(
                BASE.widgets().get(0).toBuilder().refreshInterval(5).build(),
                BASE.widgets().get(1).toBuilder().refreshInterval(60).build(),
                added, theirsAdded);
    }

    @Test
    void widgetRemovedOnOneSide_andUntouchedOnTheOther_isRemoved() {
        Dashboard withoutFirst = BASE.toBuilder().widgets(BASE.widgets().get(1)).build();
        assertThat(DashboardMerge.merge(BASE, withoutFirst, BASE).widgets()).containsExactly(BASE.widgets().get(1));
        assertThat(DashboardMerge.merge(BASE, BASE, withoutFirst).widgets()).containsExactly(BASE.widgets().get(1));
        Dashboard theirsEditsSecond = widget(BASE, 1, w -> w.refreshInterval(5));
        assertThat(DashboardMerge.merge(BASE, withoutFirst, theirsEditsSecond).widgets())
                .containsExactly(theirsEditsSecond.widgets().get(1));
    }

    @Test
    void widgetRemovedOnOneSide_andChangedOnTheOther_isAConflict() {
        Dashboard withoutFirst = BASE.toBuilder().widgets(BASE.widgets().get(1)).build();
        Dashboard firstChanged = widget(BASE, 0, w -> w.refreshInterval(5));
        assertThat(conflicts(firstChanged, withoutFirst)).containsExactly("widgets[0]");
        assertThat(conflicts(withoutFirst, firstChanged)).containsExactly("widgets[0]");
    }

    @Test
    void repeatedTitles_fallBackToTheWholeList() {
        Dashboard twins = BASE.toBuilder().widgets(BASE.widgets().get(0),
                BASE.widgets().get(1).toBuilder().title(BASE.widgets().get(0).title()).build()).build();
        assertThat(DashboardMerge.merge(twins, widget(twins, 0, w -> w.refreshInterval(60)), twins))
                .isEqualTo(widget(twins, 0, w -> w.refreshInterval(60)));
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> DashboardMerge.merge(twins,
                widget(twins, 0, w -> w.refreshInterval(60)), widget(twins, 1, w -> w.refreshInterval(5))));
        assertThat(((DashboardMergeConflictException) thrown).paths()).containsExactly("widgets");
    }

    @Test
    void conflictMessage_listsAtMostTwentyPaths() {
        List<String> many = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "widgets[" + i + "]").toList();
        DashboardMergeConflictException e = new DashboardMergeConflictException("db-1", many);
        assertThat(e.paths()).hasSize(50);
        assertThat(e.getMessage()).contains("widgets[19]").doesNotContain("widgets[20]").contains("50 in all");
        assertThatThrownBy(() -> new DashboardMergeConflictException("db-1", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
