package io.fazhi.events;

/** A place as events carry it: its division code and official name. */
public record PlaceRef(String code, String name) {}
