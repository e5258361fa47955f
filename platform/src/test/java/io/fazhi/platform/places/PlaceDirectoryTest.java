package io.fazhi.platform.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceDirectoryTest {

    private static final PlaceDirectory PLACES = new PlaceDirectory();

    @Test
    void loadsEveryLevelOfTheDivisionTable() {
        assertThat(PLACES.under("", PlaceLevel.PROVINCE)).hasSize(31);
        assertThat(PLACES.under("", PlaceLevel.CITY)).hasSize(342);
        assertThat(PLACES.under("", PlaceLevel.COUNTY)).hasSize(2978);
        assertThat(PLACES.townshipsUnder("")).hasSize(41352);
        assertThat(PLACES.size()).isEqualTo(31 + 342 + 2978 + 41352);
    }

    @Test
    void everyPlaceHasAParentOneLevelUpWhoseCodeItExtends() {
        for (PlaceLevel level : List.of(PlaceLevel.CITY, PlaceLevel.COUNTY, PlaceLevel.TOWNSHIP)) {
            for (Place place : PLACES.under("", level)) {
                Place parent = PLACES.byCode(place.parentCode())
                        .orElseThrow(() -> new AssertionError(place + " has no parent"));
                assertThat(parent.level().ordinal()).as(place.code()).isEqualTo(level.ordinal() - 1);
                assertThat(place.code()).startsWith(parent.code());
                assertThat(place.name()).isNotBlank();
            }
        }
    }

    @Test
    void findsNansongByCodeWithItsFullPath() {
        assertThat(PLACES.byCode("140404107"))
                .get()
                .extracting(Place::name, Place::level, Place::countyCode)
                .containsExactly("南宋镇", PlaceLevel.TOWNSHIP, "140404");
        assertThat(PLACES.path("140404107")).extracting(Place::name).containsExactly("山西省", "长治市", "上党区", "南宋镇");
        assertThat(PLACES.path("999999999")).isEmpty();
    }

    @Test
    void returnsEveryCandidateWhenATownshipNameRepeats() {
        // Nine townships are called 南阳镇 exactly (two more are 南阳乡).
        List<Place> nanyang = PLACES.byName("南阳镇");
        assertThat(nanyang).hasSize(9).allMatch(p -> p.level() == PlaceLevel.TOWNSHIP);
        assertThat(nanyang).extracting(Place::code).contains("320681106");
        assertThat(nanyang.stream().filter(p -> p.code().startsWith("32")))
                .extracting(p -> PLACES.path(p.code()).get(2).name())
                .contains("启东市");
    }

    @Test
    void listsTheTownshipsOfACountyByPrefix() {
        List<Place> shangdang = PLACES.townshipsUnder("140404");
        assertThat(shangdang).isNotEmpty().allMatch(p -> p.code().startsWith("140404"));
        assertThat(shangdang).extracting(Place::name).contains("南宋镇");
        assertThat(PLACES.children("140404")).containsExactlyElementsOf(shangdang);
        assertThat(PLACES.townshipsUnder("411330")).extracting(Place::code).contains("411330107");
        assertThat(PLACES.children("")).hasSize(31);
    }

    @Test
    void tellsTheLevelOfACodeByItsShape() {
        assertThat(PlaceLevel.ofCode("14")).contains(PlaceLevel.PROVINCE);
        assertThat(PlaceLevel.ofCode("140404107")).contains(PlaceLevel.TOWNSHIP);
        assertThat(PlaceLevel.ofCode("14040")).isEmpty();
        assertThat(PlaceLevel.ofCode("14x4")).isEmpty();
    }
}
