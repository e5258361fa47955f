package io.fazhi.importer;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** {@code java -jar importer.jar import …}: the suite's command line; {@code import} is its one command. */
@TopCommand
@Command(
        name = "fazhi",
        mixinStandardHelpOptions = true,
        subcommands = ImportCommand.class,
        description = "Command-line tools for the township rule-of-law reports suite.")
public class FazhiCommand {}
