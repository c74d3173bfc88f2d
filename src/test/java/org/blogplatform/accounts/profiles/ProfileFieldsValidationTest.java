package org.blogplatform.accounts.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.blogplatform.accounts.support.BeanValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileFieldsValidationTest {

    private static final String EMOJI = "😀";

    private static final Validator validator = BeanValidation.validator();

    private static Set<String> invalid(ProfileFields fields) {
        return validator.validate(fields).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }

    private static ProfileFields bio(String value) {
        return new ProfileFields(value, null, null, null, null);
    }

    private static ProfileFields avatar(String value) {
        return new ProfileFields(null, value, null, null, null);
    }

    private static ProfileFields website(String value) {
        return new ProfileFields(null, null, value, null, null);
    }

    private static ProfileFields twitter(String value) {
        return new ProfileFields(null, null, null, value, null);
    }

    private static ProfileFields github(String value) {
        return new ProfileFields(null, null, null, null, value);
    }

    @Test
    void allFieldsMayBeNull() {
        assertThat(invalid(new ProfileFields(null, null, null, null, null))).isEmpty();
    }

    @Test
    void bioLengthCountsCodePoints() {
        assertThat(invalid(bio(EMOJI.repeat(500)))).isEmpty();
        assertThat(invalid(bio("b".repeat(500)))).isEmpty();
        assertThat(invalid(bio(EMOJI.repeat(501)))).containsExactly("bio");
        assertThat(invalid(bio("b".repeat(501)))).containsExactly("bio");
        assertThat(invalid(bio(""))).isEmpty();
    }

    @Test
    void bioMayHaveLineBreaksButNoOtherControlCharacters() {
        assertThat(invalid(bio("line one\nline two\r\n\tindented"))).isEmpty();
        for (String bad : new String[] {"nul\u0000", "bell\u0007", "esc\u001b[31m", "del\u007f", "nel\u0085"}) {
            assertThat(invalid(bio(bad))).as(bad).containsExactly("bio");
        }
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThat(invalid(bio("lone \ud800 high"))).containsExactly("bio");
        assertThat(invalid(bio("lone \udc00 low"))).containsExactly("bio");
        assertThat(invalid(bio("ends high \ud83d"))).containsExactly("bio");
        assertThat(invalid(twitter("a\ud800"))).containsExactly("twitter");
        assertThat(invalid(github("a\udc00"))).containsExactly("github");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "@ada", "@日本語_1", "Zoë", "_", "@a_1", "Ⅻ", "𝒜𝒹𝒶"})
    void twitterAcceptsUnicodeWordCharactersAfterAnOptionalAt(String handle) {
        assertThat(invalid(twitter(handle))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a.b", "a-b", "@", "@@ada", "", "ada@", "a\u0000b", "ada\n", "ada\t", " ada"})
    void twitterRefusesAnythingElse(String handle) {
        assertThat(invalid(twitter(handle))).containsExactly("twitter");
    }

    @Test
    void handlesAreAtMostFiftyCodePoints() {
        assertThat(invalid(twitter("@" + "𝒜".repeat(49)))).isEmpty();
        assertThat(invalid(twitter("𝒜".repeat(51)))).containsExactly("twitter");
        assertThat(invalid(github("𝒜".repeat(50)))).isEmpty();
        assertThat(invalid(github("g".repeat(51)))).containsExactly("github");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-name", "ada", "ada_l", "-", "日本語", "Zoë-2"})
    void githubAcceptsWordCharactersAndHyphens(String handle) {
        assertThat(invalid(github(handle))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"@me", "a b", "a.b", "", "a/b", "a\u0000", "a\n"})
    void githubRefusesAnythingElse(String handle) {
        assertThat(invalid(github(handle))).containsExactly("github");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.com",
                "https://example.com/",
                "HTTPS://EXAMPLE.COM/A.PNG",
                "https://cdn.example.com:8443/a/b.png?size=2#top",
                "http://127.0.0.1/x",
                "http://[::1]/x",
                "http://example.com:65535/"
            })
    void urlsAcceptAbsoluteHttpAndHttpsWithAHost(String url) {
        assertThat(invalid(avatar(url))).isEmpty();
        assertThat(invalid(website(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.com/a.png",
                "javascript:alert(1)",
                "http://",
                "https://",
                "https:///x",
                "/relative/path",
                "relative/path",
                "example.com",
                "//example.com/x",
                "mailto:a@example.com",
                "data:text/html,<b>x</b>",
                "file:///etc/passwd",
                "https:example.com",
                "http://exa mple.com",
                "https://example.com/\u0000",
                "https://example.com/\n",
                "http://example.com:65536/",
                "http://example.com:99999/",
                ""
            })
    void urlsRefuseEverythingElse(String url) {
        assertThat(invalid(avatar(url))).containsExactly("avatarUrl");
        assertThat(invalid(website(url))).containsExactly("websiteUrl");
    }

    @Test
    void urlsAreAtMostFiveHundredCodePoints() {
        String prefix = "https://example.com/";
        String exactly500 = prefix + "a".repeat(500 - prefix.length());
        assertThat(invalid(avatar(exactly500))).isEmpty();
        assertThat(invalid(website(exactly500 + "a"))).containsExactly("websiteUrl");
    }

    @Test
    void everyBadFieldIsReported() {
        assertThat(invalid(new ProfileFields("b".repeat(501), "ftp://x", "nope", "a b", "a.b")))
                .containsExactlyInAnyOrder("bio", "avatarUrl", "websiteUrl", "twitter", "github");
    }
}
