package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.phoihop.registry.Agency;

class JurisdictionTest {

    @Test
    void the_centre_sees_every_province() {
        var centre = new AccessPolicy.Jurisdiction(Agency.Level.CENTRAL, null, null);
        assertThat(centre.covers("51", null)).isTrue();
        assertThat(centre.covers("01", "00004")).isTrue();
    }

    @Test
    void a_province_sees_its_own_province_only() {
        var province = new AccessPolicy.Jurisdiction(Agency.Level.PROVINCE, "51", null);
        assertThat(province.covers("51", null)).isTrue();
        assertThat(province.covers("51", "21013")).isTrue();
        assertThat(province.covers("01", null)).isFalse();
    }

    @Test
    void a_commune_sees_only_data_that_names_its_commune() {
        var commune = new AccessPolicy.Jurisdiction(Agency.Level.COMMUNE, "51", "21013");
        assertThat(commune.covers("51", "21013")).isTrue();
        assertThat(commune.covers("51", "21019")).isFalse();
        assertThat(commune.covers("51", null)).as("province-wide data").isFalse();
    }

    @Test
    void a_clearance_covers_its_level_and_below() {
        assertThat(Classification.MAT.coveredBy(Classification.TOI_MAT)).isTrue();
        assertThat(Classification.MAT.coveredBy(Classification.MAT)).isTrue();
        assertThat(Classification.TOI_MAT.coveredBy(Classification.MAT)).isFalse();
        assertThat(Classification.THUONG.coveredBy(Classification.THUONG)).isTrue();
    }
}
