package io.fazhi.metrics.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.metrics.SampleEvents;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReuseDetectorTest {

    private static final String PINGSHI = SampleEvents.report("pingshi-2024").text();
    private static final String NANYANG = SampleEvents.report("nanyang-2023").text();

    @Test
    void findsThePassagesAnotherTownshipCopiedWithNamesAndCountsChanged() {
        InMemoryReuseIndex index = new InMemoryReuseIndex();
        index.put("r-pingshi", "411330107", 2024, MinHasher.signatures(PINGSHI));
        index.put("r-nanyang", "320681106", 2023, MinHasher.signatures(NANYANG));

        String copy = SampleEvents.copiedByAnotherTownship(PINGSHI);
        List<ReuseMatch> matches = ReuseDetector.matches(MinHasher.signatures(copy), "411330108", index);

        assertThat(matches).hasSize(1);
        ReuseMatch match = matches.get(0);
        assertThat(match.otherReportId()).isEqualTo("r-pingshi");
        assertThat(match.otherTownshipCode()).isEqualTo("411330107");
        assertThat(match.passages().size()).isGreaterThanOrEqualTo(8);
        assertThat(match.sharedChars()).isGreaterThan(1500);
        ReuseMatch.SharedPassage first = match.passages().get(0);
        assertThat(copy.substring(first.start(), first.end())).isNotEmpty();
        assertThat(PINGSHI.substring(first.otherStart(), first.otherEnd())).isNotEmpty();
    }

    @Test
    void aTownshipsOwnEarlierReportAndUnrelatedReportsAreNotReuse() {
        InMemoryReuseIndex index = new InMemoryReuseIndex();
        index.put("r-pingshi", "411330107", 2024, MinHasher.signatures(PINGSHI));
        assertThat(ReuseDetector.matches(MinHasher.signatures(PINGSHI), "411330107", index))
                .isEmpty();
        assertThat(ReuseDetector.matches(MinHasher.signatures(NANYANG), "320681106", index))
                .isEmpty();
    }

    @Test
    void aRemovedReportIsNoLongerFound() {
        InMemoryReuseIndex index = new InMemoryReuseIndex();
        index.put("r-pingshi", "411330107", 2024, MinHasher.signatures(PINGSHI));
        index.remove("r-pingshi");
        assertThat(ReuseDetector.matches(
                        MinHasher.signatures(SampleEvents.copiedByAnotherTownship(PINGSHI)), "411330108", index))
                .isEmpty();
    }

    @Test
    void reportsLookedUpTogetherMatchTheOnesBeforeThemInTheListAsIfIndexedOneByOne() {
        InMemoryReuseIndex index = new InMemoryReuseIndex();
        index.put("r-nanyang", "320681106", 2023, MinHasher.signatures(NANYANG));
        ReuseIndex.Report original = report("r-pingshi", "411330107", 2024, PINGSHI);
        ReuseIndex.Report copy = report("r-copy", "411330108", 2024, SampleEvents.copiedByAnotherTownship(PINGSHI));
        ReuseIndex.Report nanyangCopy =
                report("r-nanyang-copy", "320681107", 2023, SampleEvents.copiedByAnotherTownship(NANYANG));

        List<List<ReuseMatch>> matches = ReuseDetector.matchesInOrder(List.of(original, copy, nanyangCopy), index);

        // The original was first: it copies nothing; the copy finds it, though neither is indexed yet.
        assertThat(matches.get(0)).isEmpty();
        assertThat(matches.get(1)).extracting(ReuseMatch::otherReportId).containsExactly("r-pingshi");
        assertThat(matches.get(1).get(0).sharedChars()).isGreaterThan(1500);
        // And what is indexed is still found.
        assertThat(matches.get(2)).extracting(ReuseMatch::otherReportId).containsExactly("r-nanyang");
        // Found in the other order, the copy came first: nothing to copy from yet.
        assertThat(ReuseDetector.matchesInOrder(List.of(copy, original), new InMemoryReuseIndex())
                        .get(0))
                .isEmpty();
    }

    @Test
    void aRevisionLookedUpBeforeAReportReplacesItsIndexedVersionForThatReport() {
        InMemoryReuseIndex index = new InMemoryReuseIndex();
        index.put("r-pingshi", "411330107", 2024, MinHasher.signatures(PINGSHI));
        // Version 2 of r-pingshi no longer has the text the copy shares.
        ReuseIndex.Report revised = report("r-pingshi", "411330107", 2024, NANYANG);
        ReuseIndex.Report copy = report("r-copy", "411330108", 2024, SampleEvents.copiedByAnotherTownship(PINGSHI));

        assertThat(ReuseDetector.matchesInOrder(List.of(revised, copy), index).get(1))
                .isEmpty();
        // Before the revision, the copy is matched with the version indexed then.
        assertThat(ReuseDetector.matchesInOrder(List.of(copy, revised), index).get(0))
                .extracting(ReuseMatch::otherReportId)
                .containsExactly("r-pingshi");
    }

    @Test
    void aPassageJustAlikeEnoughIsFoundOneSharingFewerBandsIsNotEvenACandidate() {
        InMemoryReuseIndex index = new InMemoryReuseIndex();
        PassageSignature original = BandVariants.random(new Random(7));
        index.put("r-original", "411330107", 2024, List.of(original));

        // 52 of 64 minima equal (similarity 0.81): the fewest a copy can share, in 4 bands.
        PassageSignature alike = BandVariants.sharingBands(original, ReuseIndex.MIN_SHARED_BANDS);
        assertThat(alike.similarity(original)).isGreaterThanOrEqualTo(ReuseDetector.SAME_TEXT);
        assertThat(ReuseDetector.matches(List.of(alike), "411330108", index))
                .extracting(ReuseMatch::otherReportId)
                .containsExactly("r-original");

        PassageSignature lessAlike = BandVariants.sharingBands(original, ReuseIndex.MIN_SHARED_BANDS - 1);
        assertThat(lessAlike.similarity(original)).isLessThan(ReuseDetector.SAME_TEXT);
        assertThat(index.candidates(List.of(lessAlike), "411330108")).isEmpty();
    }

    @Test
    void masksCountsAndPlaceNames() {
        assertThat(MinHasher.mask("今年平氏镇共排查矛盾纠纷526余件，化解率100%。")).isEqualTo(MinHasher.mask("今年淮源镇共排查矛盾纠纷311余件，化解率98%。"));
    }

    private static ReuseIndex.Report report(String id, String township, int year, String text) {
        return new ReuseIndex.Report(id, township, year, MinHasher.signatures(text));
    }
}
