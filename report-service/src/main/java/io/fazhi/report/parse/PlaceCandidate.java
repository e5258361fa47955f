package io.fazhi.report.parse;

import io.fazhi.platform.places.Place;
import java.util.List;

/**
 * A township the report may be from, with its path (省 市 县 乡) and the words of the text that
 * point to it.
 */
public record PlaceCandidate(Place township, String path, List<String> evidence) {}
