package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.paging.Page;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class FilterGroupsAndAuditIT {
    @Test
    void members_areListedLazilyAcrossSeveralPages(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                ids.add(filters.create(Filters.platinumVoice("member_" + i)).value().id());
            }
            filters.groups().add("grp_paged", ids);

            List<Integer> pageSizes = new ArrayList<>();
            List<String> listed = new ArrayList<>();
            Iterator<Page<String>> pages = filters.groups().members("grp_paged", 3).byPage();
            while (pages.hasNext()) {
                Page<String> page = pages.next();
                pageSizes.add(page.items().size());
                listed.addAll(page.items());
            }

            assertThat(pageSizes).containsExactly(3, 3, 1);
            assertThat(listed).containsExactlyElementsOf(ids);
            assertThat(filters.groups().members("grp_paged").stream().toList()).containsExactlyElementsOf(ids);
        }
    }

    @Test
    void auditLog_isListedLazilyAcrossSeveralPages(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            String id = filters.create(Filters.platinumVoice("audited")).value().id();
            for (int i = 1; i <= 4; i++) {
                String description = "revision " + i;
                filters.update(id, d -> d.toBuilder().description(description).build());
            }

            int pageCount = 0;
            List<AuditEntry> entries = new ArrayList<>();
            Iterator<Page<AuditEntry>> pages = filters.auditLog(id, 2).byPage();
            while (pages.hasNext()) {
                entries.addAll(pages.next().items());
                pageCount++;
            }

            assertThat(entries).hasSizeGreaterThanOrEqualTo(5);
            assertThat(pageCount).isGreaterThanOrEqualTo(3);
            assertThat(entries).allSatisfy(entry -> assertThat(entry.filterId()).isEqualTo(id));
            assertThat(entries).extracting(AuditEntry::action)
                    .anySatisfy(action -> assertThat(action.toLowerCase()).contains("creat"))
                    .anySatisfy(action -> assertThat(action.toLowerCase()).contains("updat"));
            assertThat(entries).extracting(AuditEntry::id).doesNotHaveDuplicates();
            assertThat(filters.auditLog(id).stream().count()).isEqualTo(entries.size());
        }
    }

    @Test
    void concurrentAdditionsToOneGroup_loseNoMember(CxoneSimulator sim) throws Exception {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(filters.create(Filters.platinumVoice("racer_" + i)).value().id());
            }
            ExecutorService pool = Executors.newFixedThreadPool(ids.size());
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (String id : ids) {
                    done.add(pool.submit(() -> {
                        start.await();
                        filters.groups().add("grp_raced", List.of(id));
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : done) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(filters.groups().members("grp_raced").stream().toList()).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void add_isIdempotent_andRemoveRemovesOnlyThatMember(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            FiltersClient filters = Filters.quickClient(http);
            String a = filters.create(Filters.platinumVoice("a")).value().id();
            String b = filters.create(Filters.platinumVoice("b")).value().id();
            String c = filters.create(Filters.platinumVoice("c")).value().id();
            filters.groups().add("grp_edit", List.of(a, b));
            filters.groups().add("grp_edit", List.of(c, a));

            filters.groups().remove("grp_edit", b);

            assertThat(filters.groups().members("grp_edit").stream().toList()).containsExactly(a, c);
            assertThatThrownBy(() -> filters.groups().remove("grp_edit", b)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> filters.groups().add("grp_edit", List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
