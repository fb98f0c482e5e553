package vn.phoihop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.IntegrationTest;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.exchange.DatasetVersions;

@IntegrationTest
class DemoSubmissionsTest {

    @Autowired
    DatasetVersions versions;

    @Test
    void the_demo_province_has_a_version_of_every_dataset_submitted_through_the_exchange() {
        for (Dataset dataset : Catalog.all()) {
            assertThat(versions.history("51", dataset.code())).as(dataset.code()).isNotEmpty();
            assertThat(versions.history("51", dataset.code()).get(versions.history("51", dataset.code()).size() - 1)
                    .rows()).as(dataset.code()).isPositive();
        }
    }
}
