package io.fazhi.notification.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {

    private final TargetPolicy strict = new TargetPolicy(Optional.empty());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.5.5.5",
                "10.0.0.1",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.127.255.255",
                "0.0.0.0",
                "0.1.2.3",
                "224.0.0.1",
                "::1",
                "fe80::1",
                "fd00::1",
                "fc00::1",
                "::ffff:10.0.0.1",
                "198.18.0.1",
                "::127.0.0.1",
                "::10.0.0.1",
                "64:ff9b::7f00:1",
                "64:ff9b::a9fe:a9fe",
                "2002:7f00:1::",
                "2002:c0a8:101::1",
                "2001:0:4136:e378:8000:63bf:80ff:fffe",
                "fe80::5efe:10.0.0.1",
                "2001:db8::5efe:127.0.0.1"
            })
    void internalAddressesAreInternal(String address) throws Exception {
        assertThat(TargetPolicy.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "114.114.114.114",
                "172.32.0.1",
                "100.128.0.1",
                "2001:4860:4860::8888",
                "192.169.0.1",
                "64:ff9b::808:808",
                "2002:808:808::1"
            })
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(TargetPolicy.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void theAllowListTakesAddressesAndCidrBlocksAndNothingWider() throws Exception {
        assertThat(TargetPolicy.covers("10.20.0.0/16", InetAddress.getByName("10.20.3.4")))
                .isTrue();
        assertThat(TargetPolicy.covers("10.20.0.0/16", InetAddress.getByName("10.21.0.1")))
                .isFalse();
        assertThat(TargetPolicy.covers("10.20.0.0/12", InetAddress.getByName("10.31.0.1")))
                .isTrue();
        assertThat(TargetPolicy.covers("127.0.0.2", InetAddress.getByName("127.0.0.1")))
                .isFalse();
        assertThat(TargetPolicy.covers("fd00::/8", InetAddress.getByName("fd12::1")))
                .isTrue();
        assertThat(TargetPolicy.covers("fd00::/8", InetAddress.getByName("10.0.0.1")))
                .isFalse();
        assertThat(TargetPolicy.covers("hooks.internal", InetAddress.getByName("10.0.0.1")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://0177.0.0.1/hook",
                "http://2130706433/hook",
                "http://0x7f.0.0.1/hook",
                "http://127.1/hook",
                "http://0x7f000001/hook",
                "http://010.0.0.1/hook",
                "http://[::127.0.0.1]/hook",
                "http://[64:ff9b::7f00:1]/hook",
                "http://[2002:7f00:1::]/hook"
            })
    void internalAddressesInDisguiseAreRefusedWithoutAnyConnection(String target) {
        // Literals only: nothing here is resolved over the network, nothing is connected to.
        assertThat(strict.refusal(target)).isPresent();
    }

    @Test
    void refusalsSayWhy() {
        assertThat(strict.refusal("http://127.0.0.1:9000/x"))
                .hasValueSatisfying(r -> assertThat(r).contains("127.0.0.1", "allow-list"));
        assertThat(strict.refusal("http://localhost/x"))
                .hasValueSatisfying(r -> assertThat(r).contains("internal address"));
        assertThat(strict.refusal("gopher://8.8.8.8/")).hasValue("only http and https URLs are accepted");
        assertThat(strict.refusal("https://u:p@8.8.8.8/")).isPresent();
        assertThat(strict.refusal("https://8.8.8.8/hooks")).isEmpty();
        TargetPolicy intranet = new TargetPolicy(Optional.of(List.of("10.20.0.0/16", "LOCALHOST")));
        assertThat(intranet.refusal("http://10.20.1.1/hook")).isEmpty();
        assertThat(intranet.refusal("http://10.30.1.1/hook")).isPresent();
        assertThat(intranet.refusal("http://localhost:8080/hook")).isEmpty();
    }
}
