package io.fazhi.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    private final Infrastructure infrastructure = Infrastructure.shared();

    @Test
    void everyServiceHasItsOwnDatabaseOnARealPostgres() throws Exception {
        PostgresServer postgres = infrastructure.postgres();
        for (String database : Infrastructure.DATABASES) {
            try (Connection c = DriverManager.getConnection(
                            postgres.jdbcUrl(database), postgres.user(), postgres.password());
                    Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(database);
                assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(160000);
            }
        }
    }

    @Test
    void theBrokerCarriesARecordFromAProducerToAConsumer() throws Exception {
        String bootstrap = infrastructure.kafka().bootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("infra-check", "140404107", "南宋镇"))
                    .get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG, "infra-check",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("infra-check"));
            ConsumerRecord<String, String> received = Await.until(Duration.ofSeconds(60), () -> {
                var records = consumer.poll(Duration.ofMillis(500));
                return records.isEmpty() ? null : records.iterator().next();
            });
            assertThat(received.key()).isEqualTo("140404107");
            assertThat(received.value()).isEqualTo("南宋镇");
        }
    }
}
