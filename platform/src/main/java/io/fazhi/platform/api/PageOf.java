package io.fazhi.platform.api;

import java.util.List;

/** One page of a list, with the total a dashboard needs to page through it. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
