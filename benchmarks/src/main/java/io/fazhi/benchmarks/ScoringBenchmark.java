package io.fazhi.benchmarks;

import io.fazhi.corpus.CorpusGenerator;
import io.fazhi.corpus.SyntheticReport;
import io.fazhi.events.ReportSnapshot;
import io.fazhi.metrics.checklist.ChecklistLoader;
import io.fazhi.metrics.indicators.IndicatorExtractor;
import io.fazhi.metrics.reuse.InMemoryReuseIndex;
import io.fazhi.metrics.reuse.MinHasher;
import io.fazhi.metrics.reuse.PassageSignature;
import io.fazhi.metrics.reuse.ReuseDetector;
import io.fazhi.metrics.reuse.ReuseMatch;
import io.fazhi.metrics.score.Assessment;
import io.fazhi.metrics.score.AssessmentEngine;
import io.fazhi.metrics.score.Assessor;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.report.parse.ReportParser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scoring engine in-process, one thread: checklist grades with evidence, indicators,
 * substance, timeliness, and the template-reuse lookup against an index already holding
 * {@code indexed} synthetic reports. Target: 2,000 reports/s per core with 40,000 indexed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
@Threads(1)
public class ScoringBenchmark {

    @Param({"40000"})
    public int indexed;

    /** "samples": the three real reports; "corpus": synthetic reports of real townships. */
    @Param({"samples", "corpus"})
    public String reports;

    private AssessmentEngine engine;
    private InMemoryReuseIndex index;
    private List<ReportSnapshot> inputs;
    private int next;

    @Setup
    public void setUp() {
        PlaceDirectory places = new PlaceDirectory();
        ReportParser parser = new ReportParser(places);
        engine = new AssessmentEngine(
                ChecklistLoader.fromResource(Assessor.DEFAULT_CHECKLIST),
                IndicatorExtractor.fromResource(Assessor.INDICATOR_KINDS));
        index = new InMemoryReuseIndex();
        List<SyntheticReport> corpus = new CorpusGenerator(places, 1).generate(indexed + 1000);
        for (SyntheticReport report : corpus.subList(0, indexed)) {
            index.put(
                    "syn-" + report.index(), report.townshipCode(), report.year(), MinHasher.signatures(report.text()));
        }
        inputs = new ArrayList<>();
        if (reports.equals("samples")) {
            String[][] samples = {
                {"nansong-2024.txt", "140404107"}, {"pingshi-2024.txt", "411330107"}, {"nanyang-2023.txt", "320681106"}
            };
            for (String[] s : samples) {
                inputs.add(Snapshots.of(
                        parser, "r-" + s[0], s[1], Samples.text(s[0]), Instant.parse("2025-01-10T00:00:00Z")));
            }
        } else {
            for (SyntheticReport report : corpus.subList(indexed, corpus.size())) {
                inputs.add(Snapshots.of(parser, report));
            }
        }
    }

    @Benchmark
    public Assessment assessWithReuseLookup() {
        ReportSnapshot report = inputs.get(next++ % inputs.size());
        Assessment assessment = engine.assess(report, LocalDate.of(report.year() + 1, 3, 31), Instant.EPOCH);
        List<PassageSignature> passages = MinHasher.signatures(report.text());
        List<ReuseMatch> matches =
                ReuseDetector.matches(passages, report.township().code(), index);
        return assessment.withReuse(matches);
    }
}
