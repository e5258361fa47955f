package io.fazhi.report.api;

import io.fazhi.platform.places.Place;

/** A place in responses: its code and official name. */
public record PlaceView(String code, String name) {

    static PlaceView of(Place place) {
        return place == null ? null : new PlaceView(place.code(), place.name());
    }
}
