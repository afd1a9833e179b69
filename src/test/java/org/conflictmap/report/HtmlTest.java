package org.conflictmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTextAndAttributes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", Html.text("<script>alert('x')</script>"));
        assertEquals("&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;", Html.attr("\"><img src=x onerror=alert(1)>"));
        assertEquals("a &amp; b", Html.text("a & b"));
        assertEquals("x y", Html.text("x\u0000y"));
        assertEquals("", Html.text(null));
        assertEquals("Ստեփանակերտ", Html.text("Ստեփանակերտ"));
    }

    @Test
    void hrefsAreRelativeAndEncoded() {
        assertEquals("#", Html.href("javascript:alert(1)"));
        assertEquals("#", Html.href("https://example.org/x"));
        assertEquals("#", Html.href("/etc/passwd"));
        assertEquals("../events.csv", Html.href("../events.csv"));
        assertEquals("../charts/a%20b%22%3E.png", Html.href("../charts/a b\">.png"));
    }

    @Test
    void markdownNeutralisesMarkupAndHtml() {
        assertEquals("&lt;script&gt;", Markdown.text("<script>"));
        assertEquals("\\[x\\](javascript:alert(1))", Markdown.text("[x](javascript:alert(1))"));
        assertEquals("\\# not a heading", Markdown.text("# not a heading"));
        assertEquals("1\\. not a list", Markdown.text("1. not a list"));
        assertEquals("a \\| b \\*c\\*", Markdown.text("a | b *c*"));
        assertFalse(Markdown.text("line\nbreak").contains("\n"));
    }
}
