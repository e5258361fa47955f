package io.fazhi.benchmarks;

import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.report.parse.ParseHints;
import io.fazhi.report.parse.ParsedReport;
import io.fazhi.report.parse.ReportParser;
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
 * Parse + classify in-process, one thread (= one core): normalisation, header, township
 * resolution over the whole division table, section tree. Target: 2,000 reports/s per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ReportParserBenchmark {

    @Param({"nansong-2024.txt", "pingshi-2024.txt", "nanyang-2023.txt"})
    public String sample;

    private ReportParser parser;
    private String text;

    @Setup
    public void setUp() {
        parser = new ReportParser(new PlaceDirectory());
        text = Samples.text(sample);
    }

    @Benchmark
    public ParsedReport parse() {
        return parser.parse(text, ParseHints.none());
    }
}
