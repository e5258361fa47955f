package io.fazhi.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static java.util.List<EventPayload> payloads() {
        return SamplePayloads.all();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyPayloadRoundTripsThroughJson(EventPayload payload) {
        byte[] json = EventJson.write(payload);
        EventPayload back = EventJson.read(json, payload.eventType().payload());
        assertThat(back).isEqualTo(payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyPayloadValidatesAgainstItsSchema(EventPayload payload) throws Exception {
        JsonNode json = EventJson.mapper().readTree(EventJson.write(payload));
        assertThat(validate(payload.eventType(), json)).isEmpty();
    }

    @Test
    void schemaRejectsAShortTownshipCodeAndAYearOutOfRange() throws Exception {
        ReportWithdrawn withdrawn = new ReportWithdrawn("r-1", 1, 2024, "140404107", "140404", SamplePayloads.AT, null);
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(withdrawn));
        json.put("townshipCode", "1404");
        json.put("year", 1999);
        assertThat(validate(EventType.REPORT_WITHDRAWN, json))
                .extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("/townshipCode", "/year");
    }

    @Test
    void schemaRejectsAnUnknownAlertKind() throws Exception {
        ObjectNode json = (ObjectNode)
                EventJson.mapper().readTree(EventJson.write(SamplePayloads.all().get(4)));
        json.put("kind", "bad-weather");
        assertThat(validate(EventType.COMPLIANCE_ALERT, json)).hasSize(1);
    }

    private static Set<ValidationMessage> validate(EventType type, JsonNode json) throws Exception {
        try (InputStream schema = EventSchemaTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(schema).as("schema of %s", type.type()).isNotNull();
            JsonSchema compiled = FACTORY.getSchema(schema, CONFIG);
            return compiled.validate(json);
        }
    }
}
