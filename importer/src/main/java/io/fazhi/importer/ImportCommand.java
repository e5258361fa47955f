package io.fazhi.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.importer.files.ReportFiles;
import io.fazhi.importer.progress.Progress;
import io.fazhi.importer.results.ImportResult;
import io.fazhi.importer.results.Outcome;
import io.fazhi.importer.results.ResultLine;
import io.fazhi.importer.results.ResultSpool;
import io.fazhi.importer.results.ResultsFile;
import io.fazhi.importer.send.ClaimedDate;
import io.fazhi.importer.send.GatewayClient;
import io.fazhi.importer.send.ImportStopped;
import io.fazhi.importer.send.Patience;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import PATH…}: sends a folder of reports through the gateway, with progress and a summary. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Sends every .txt (any charset), .md, .docx and .pdf under PATH… to the suite, several at once,",
            "and prints what became of each: township, code, year, score, missing contents, report id.",
            "Running it again is safe: a file already stored answers 'unchanged'; an interrupted run resumes."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file was stored (accepted, revised or unchanged)",
            "1:some files were refused (each with its reason; the others were stored)",
            "2:the command line was wrong (an option, a path that does not exist)",
            "3:the run stopped: the token was refused, or the gateway stayed out of reach"
        })
public class ImportCommand implements Callable<Integer> {

    static final int REFUSED = 1;
    static final int STOPPED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "PATH",
            arity = "1..*",
            description = "Report files and folders (walked, hidden files left out).")
    List<Path> paths;

    @Option(
            names = "--url",
            defaultValue = "${env:FAZHI_URL:-http://localhost:8080}",
            description = "The suite's gateway (env FAZHI_URL; default ${DEFAULT-VALUE}).")
    URI url;

    @Option(
            names = "--token",
            defaultValue = "${env:FAZHI_TOKEN}",
            description = "Bearer token of the caller (env FAZHI_TOKEN, which keeps it out of the process list).")
    String token;

    @Option(
            names = "--township",
            paramLabel = "CODE",
            description = "The 9-digit township of every file (else read from each text).")
    String township;

    @Option(names = "--year", description = "The year every file covers (else read from each text).")
    Integer year;

    @Option(
            names = "--submitted-at",
            paramLabel = "DATE",
            description = "Importers and admin: the original date of submission of every file, 2025-01-10 or "
                    + "2025-01-10T08:00:00+08:00. A sidecar FILE.json {\"submittedAt\": …} wins for its file.")
    String submittedAt;

    @Option(
            names = "--file-dates",
            description = "Importers and admin: each file's last-modified time is its original date of submission.")
    boolean fileDates;

    @Option(
            names = "--parallel",
            defaultValue = "8",
            description = "Files sent at once, 1–16 (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write one row per file to FILE.csv or FILE.json instead of printing it.")
    Path out;

    @Option(
            names = "--wait",
            defaultValue = "60",
            paramLabel = "SECONDS",
            description = "How long to wait for a stored report's score (default ${DEFAULT-VALUE}; 0: not at all).")
    int waitSeconds;

    @Option(
            names = "--retries",
            defaultValue = "10",
            description = "Tries per file while the gateway is out of reach or busy (429/503, Retry-After honoured).")
    int retries;

    @Inject
    ObjectMapper json;

    @Override
    public Integer call() throws Exception {
        ImportOptions options = options();
        ReportFiles files = new ReportFiles(paths);
        if (files.missing() != null) {
            throw new ParameterException(spec.commandLine(), "no such file or folder: " + files.missing());
        }
        PrintStream stdout = System.out;
        PrintStream err = System.err;
        ReportFiles.Census census = files.census();
        GatewayClient gateway = new GatewayClient(url, token, json, new Patience(retries, Duration.ofSeconds(60)));
        long started = System.nanoTime();
        AtomicBoolean finished = new AtomicBoolean();
        Thread interrupted = new Thread(() -> {
            if (!finished.get()) {
                err.println(System.lineSeparator() + "Interrupted. Run the same command again to go on: "
                        + "files already stored answer 'unchanged', nothing is stored twice.");
            }
        });
        Runtime.getRuntime().addShutdownHook(interrupted);
        try (ResultSpool results = new ResultSpool(json);
                Progress progress = Progress.forConsole(System.console() != null, err)) {
            SeasonImport run = new SeasonImport(options, gateway, json, progress);
            try {
                run.run(files, census.files(), results);
            } catch (ImportStopped e) {
                finished.set(true);
                err.println("The import stopped: " + e.getMessage() + "." + System.lineSeparator()
                        + "Run the same command again to go on; files already stored answer 'unchanged'.");
                return STOPPED;
            }
            finished.set(true);
            if (out != null) {
                // One pass: every row to the file, the refused ones on the screen too.
                try (ResultsFile sheet = ResultsFile.open(out, json)) {
                    results.forEach(r -> {
                        write(sheet, r);
                        if (r.outcome() == Outcome.REFUSED) {
                            stdout.println(ResultLine.of(r));
                        }
                    });
                }
                stdout.println("One row per file in " + out);
            } else {
                results.forEach(r -> stdout.println(ResultLine.of(r)));
            }
            stdout.print(run.summary()
                    .render(
                            url.toString().replaceAll("/$", ""),
                            census.skipped(),
                            Duration.ofNanos(System.nanoTime() - started)));
            stdout.flush();
            return run.summary().count(Outcome.REFUSED) > 0 ? REFUSED : 0;
        } finally {
            finished.set(true);
        }
    }

    private static void write(ResultsFile sheet, ImportResult result) {
        try {
            sheet.write(result);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The options checked before anything is sent: a mistake costs nothing. */
    private ImportOptions options() {
        if (token == null || token.isBlank()) {
            throw new ParameterException(spec.commandLine(), "no token: give --token or set FAZHI_TOKEN");
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new ParameterException(spec.commandLine(), "--url is the gateway's http(s) address, not " + url);
        }
        if (parallel < 1 || parallel > 16) {
            throw new ParameterException(spec.commandLine(), "--parallel is between 1 and 16, not " + parallel);
        }
        if (township != null && !township.matches("\\d{9}")) {
            throw new ParameterException(spec.commandLine(), "--township is a 9-digit township code, not " + township);
        }
        if (waitSeconds < 0 || retries < 1) {
            throw new ParameterException(spec.commandLine(), "--wait is 0 or more and --retries 1 or more");
        }
        Instant claimed;
        try {
            claimed = ClaimedDate.parse(submittedAt);
            if (out != null) {
                ResultsFile.requireKnownKind(out);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return new ImportOptions(township, year, claimed, fileDates, parallel, Duration.ofSeconds(waitSeconds));
    }
}
