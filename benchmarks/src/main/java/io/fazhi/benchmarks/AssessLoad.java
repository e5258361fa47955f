package io.fazhi.benchmarks;

import io.fazhi.corpus.CorpusGenerator;
import io.fazhi.corpus.SyntheticReport;
import io.fazhi.events.KafkaCloudEvents;
import io.fazhi.events.ReportSubmitted;
import io.fazhi.events.Topics;
import io.fazhi.platform.places.PlaceDirectory;
import io.fazhi.report.parse.ReportParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * From {@code report.submitted} on Kafka to {@code report.assessed} published, against the running
 * local suite: publishes synthetic reports (the corpus generator: varied texts, some copied from
 * other townships) at a fixed rate, as report-service would, and reads {@code assessments.v1} for
 * their assessments. Prints the rate the assessments came out at and each report's latency.
 *
 * <p>Arguments: [rate per second, default 300] [seconds, default 20]. The assessments stay in the
 * local suite's database ({@code deploy/local/suite reset} clears it).
 */
public final class AssessLoad {

    private AssessLoad() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int total = rate * seconds;
        String bootstrap = LocalSuite.kafka();

        // Everything is parsed and serialised before the clock starts: only the suite is measured.
        PlaceDirectory places = new PlaceDirectory();
        ReportParser parser = new ReportParser(places);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(total);
        List<String> ids = new ArrayList<>(total);
        Instant now = Instant.now();
        for (SyntheticReport report : new CorpusGenerator(places, System.nanoTime()).generate(total)) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            records.add(KafkaCloudEvents.record(
                    new ReportSubmitted(Snapshots.of(parser, id, report.townshipCode(), report.text(), now)),
                    UUID.randomUUID().toString(),
                    "/benchmark",
                    now));
        }
        System.out.printf("prepared %d report.submitted events%n", total);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> assessedAt = new ConcurrentHashMap<>();
        Thread reader = reader(bootstrap, Set.copyOf(ids), assessedAt);
        reader.start();
        Thread.sleep(2000); // the reader is positioned at the end of assessments.v1

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            Pacer pacer = new Pacer(rate);
            for (int i = 0; i < total; i++) {
                pacer.awaitTurn(i);
                sentAt.put(ids.get(i), System.nanoTime());
                producer.send(records.get(i));
            }
            producer.flush();
            double sending = pacer.elapsedSeconds();
            System.out.printf("sent %d events in %.1f s (%.0f/s)%n", total, sending, total / sending);

            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (assessedAt.size() < total && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            reader.interrupt();
            long last = assessedAt.values().stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(pacer.start);
            long[] latencies = ids.stream()
                    .mapToLong(id -> assessedAt.containsKey(id) ? assessedAt.get(id) - sentAt.get(id) : Long.MAX_VALUE)
                    .toArray();
            Latencies measured = Latencies.of(latencies);
            System.out.printf(
                    "assessed %d of %d in %.1f s from the first send: %.0f reports/s%n",
                    assessedAt.size(),
                    total,
                    (last - pacer.start) / 1e9,
                    assessedAt.size() / ((last - pacer.start) / 1e9));
            System.out.printf(
                    "report.submitted → report.assessed ms: p50 %.0f  p95 %.0f  p99 %.0f  max %.0f%n",
                    measured.ms(0.50), measured.ms(0.95), measured.ms(0.99), measured.maxMs());
        }
    }

    /** Reads assessments.v1 from its current end, noting when each report's assessment arrives. */
    private static Thread reader(String bootstrap, Set<String> ours, Map<String, Long> assessedAt) {
        return new Thread(
                () -> {
                    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                            Map.of(
                                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                    bootstrap,
                                    ConsumerConfig.GROUP_ID_CONFIG,
                                    "assess-load-" + UUID.randomUUID(),
                                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                    false),
                            new StringDeserializer(),
                            new ByteArrayDeserializer())) {
                        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ASSESSMENTS).stream()
                                .map(p -> new TopicPartition(p.topic(), p.partition()))
                                .toList();
                        consumer.assign(partitions);
                        consumer.seekToEnd(partitions);
                        partitions.forEach(consumer::position);
                        while (!Thread.currentThread().isInterrupted()) {
                            consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                                var subject = record.headers().lastHeader("ce_subject");
                                String id =
                                        subject == null ? null : new String(subject.value(), StandardCharsets.UTF_8);
                                if (id != null && ours.contains(id)) {
                                    assessedAt.putIfAbsent(id, System.nanoTime());
                                }
                            });
                        }
                    } catch (org.apache.kafka.common.errors.InterruptException e) {
                        // the run is over
                    }
                },
                "assessments-reader");
    }
}
