package io.fazhi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class KafkaCloudEventsTest {

    @Test
    void writesBinaryModeHeadersAndReadsThePayloadBack() {
        ReportSubmitted submitted = new ReportSubmitted(SamplePayloads.nansong(1));
        CloudEvent event = KafkaCloudEvents.event(
                "ev-1",
                "/report-service",
                SamplePayloads.AT,
                submitted.eventType(),
                submitted.subject(),
                EventJson.write(submitted));

        ProducerRecord<String, byte[]> record = KafkaCloudEvents.record(Topics.REPORTS, submitted.key(), event);

        assertThat(record.topic()).isEqualTo("reports.v1");
        assertThat(record.key()).isEqualTo("140404107");
        assertThat(header(record, "ce_id")).isEqualTo("ev-1");
        assertThat(header(record, "ce_type")).isEqualTo("report.submitted");
        assertThat(header(record, "ce_source")).isEqualTo("/report-service");
        assertThat(header(record, "ce_subject")).isEqualTo("r-8f3a");
        assertThat(header(record, "ce_time")).startsWith("2025-01-10T02:30");
        assertThat(header(record, "content-type")).isEqualTo("application/json");

        ReceivedEvent received = KafkaCloudEvents.read(asConsumed(record));
        assertThat(received.id()).isEqualTo("ev-1");
        assertThat(received.time()).isEqualTo(SamplePayloads.AT);
        assertThat(received.payload(ReportSubmitted.class)).isEqualTo(submitted);
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsMalformed() {
        ConsumerRecord<String, byte[]> plain =
                new ConsumerRecord<>("reports.v1", 0, 7, "k", "{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> KafkaCloudEvents.read(plain))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("reports.v1-0@7");
    }

    @Test
    void aBodyOfTheWrongShapeIsMalformed() {
        CloudEvent event = KafkaCloudEvents.event(
                "ev-2",
                "/x",
                SamplePayloads.AT,
                EventType.REPORT_WITHDRAWN,
                "r",
                "[1,2]".getBytes(StandardCharsets.UTF_8));
        ReceivedEvent received = KafkaCloudEvents.read(asConsumed(KafkaCloudEvents.record("t", "k", event)));
        assertThatThrownBy(received::payload)
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ReportWithdrawn");
    }

    private static ConsumerRecord<String, byte[]> asConsumed(ProducerRecord<String, byte[]> record) {
        return new ConsumerRecord<>(
                record.topic(),
                0,
                0L,
                0L,
                TimestampType.CREATE_TIME,
                0,
                0,
                record.key(),
                record.value(),
                new RecordHeaders(record.headers().toArray()),
                Optional.empty());
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
