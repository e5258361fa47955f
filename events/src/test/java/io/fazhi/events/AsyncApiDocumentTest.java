package io.fazhi.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsyncApiDocumentTest {

    @Test
    void documentsEveryEventTypeOnItsTopicWithItsSchema() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi.yaml")) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");

        List<String> documented = new ArrayList<>();
        for (JsonNode channel : doc.path("channels")) {
            String topic = channel.path("address").asText();
            for (JsonNode ref : channel.path("messages")) {
                String name = ref.path("$ref").asText().replace("#/components/messages/", "");
                JsonNode message = doc.path("components").path("messages").path(name);
                EventType type = EventType.of(message.path("name").asText()).orElseThrow();
                assertThat(type.topic()).as(type.type()).isEqualTo(topic);
                assertThat("/" + message.path("payload").path("$ref").asText()).isEqualTo(type.schemaResource());
                assertThat(getClass().getResource(type.schemaResource())).isNotNull();
                documented.add(type.type());
            }
        }
        assertThat(documented)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(EventType.values())
                        .map(EventType::type)
                        .toArray(String[]::new));
    }
}
