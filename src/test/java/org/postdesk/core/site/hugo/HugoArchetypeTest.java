package org.postdesk.core.site.hugo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The simple template forms archetypes use are evaluated; nothing else runs, and unknown forms stay visible. */
class HugoArchetypeTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 3, 5, 9, 7, 2, 123, ZoneOffset.ofHours(8));
    private static final HugoArchetype.Page PAGE = new HugoArchetype.Page("my-first-trip", "my-first-trip.md", "posts",
            "My First Trip", "Notes", NOW);

    @Test
    void theSimpleFormsAreEvaluated() {
        String t = "title = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\n"
                + "name = {{ .Name }} {{ .TranslationBaseName }} {{ .File.BaseFileName }}\n"
                + "date = {{ .Date }}\nyear = {{ now.Year }} {{ now.Format \"2006-01-02 15:04 Jan Mon\" }}\n"
                + "section = {{ .Section }}/{{ .Type }} {{ upper \"a\" }}{{ \"B\" | lower }} {{ humanize .Name }}\n"
                + "{{- /* trims */ -}}\n";
        assertThat(HugoArchetype.evaluate(t, PAGE)).isEqualTo("title = 'My First Trip'\n"
                + "name = my-first-trip my-first-trip my-first-trip\n"
                + "date = 2024-03-05T09:07:02+08:00\nyear = 2024 2024-03-05 09:07 Mar Tue\n"
                + "section = posts/posts Ab My first trip\n"
                + "{{- /* trims */ -}}\n");
        assertThat(HugoArchetype.evaluate("a {{- .Name -}} b", PAGE)).isEqualTo("amy-first-tripb");
    }

    @Test
    void hostileAndUnknownFormsStayAsWrittenAndRunNothing() {
        String t = "{{ readFile \"/etc/passwd\" }} {{ os.Getenv \"HOME\" }} {{ exec \"rm\" }}"
                + " {{ if .Draft }}x{{ end }} {{ substr .File.UniqueID 0 7 }} {{ .Site.Params.secret }}"
                + " {{ replace .Name }} {{ title }} {{ \"unclosed }} {{ .Name | readFile }} {{";
        assertThat(HugoArchetype.evaluate(t, PAGE)).isEqualTo(t);
    }

    @Test
    void shortcodesAreThePagesAndStay() {
        String t = "{{< admonition note \"{{ .Name }}\" >}}\n{{% notice %}}{{ .Name }}{{% /notice %}}\n{{ .Name }}";
        assertThat(HugoArchetype.evaluate(t, PAGE)).isEqualTo(
                "{{< admonition note \"{{ .Name }}\" >}}\n{{% notice %}}my-first-trip{{% /notice %}}\nmy-first-trip");
    }

    @Test
    void goLayoutsCoverTheUsualDates() {
        assertThat(HugoArchetype.goTime("2006-01-02T15:04:05-07:00", NOW)).isEqualTo("2024-03-05T09:07:02+08:00");
        assertThat(HugoArchetype.goTime("January 2, 2006 3:04 PM", NOW)).isEqualTo("March 5, 2024 9:07 AM");
    }
}
