package io.fazhi.report.ingest;

import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.report.parse.ReportParser;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One parser for the service: building its place-name automaton takes a moment, using it does not. */
public class ParserProducer {

    @Produces
    @Singleton
    ReportParser parser(PlaceDirectory places) {
        return new ReportParser(places);
    }
}
