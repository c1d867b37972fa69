namespace Geopolitics.Nlp.Cli.Output;

/// <summary>The HTML view's style sheet, inlined so the page needs nothing from the network.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { --person:#fde2b3; --organization:#cfe3ff; --gpe:#c9f2d0; --location:#e6d9ff; --event:#ffd0d8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fafafa; }
        header { padding: 1rem 1.25rem .5rem; background: #fff; border-bottom: 1px solid #ddd; }
        h1 { font-size: 1.2rem; margin: 0 0 .25rem; word-break: break-all; }
        .meta { margin: 0 0 .5rem; color: #555; font-size: .9rem; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; margin: 0; }
        main { display: flex; gap: 1.25rem; padding: 1.25rem; align-items: flex-start; }
        article { flex: 3; white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 1rem 1.25rem; border: 1px solid #e3e3e3; border-radius: 6px; }
        aside { flex: 2; min-width: 16rem; font-size: .9rem; background: #fff; padding: .5rem 1rem; border: 1px solid #e3e3e3; border-radius: 6px; }
        aside h2 { font-size: 1rem; margin: .75rem 0 .25rem; } aside h3 { font-size: .9rem; margin: .5rem 0 .1rem; }
        aside ul, aside ol { padding-left: 1.1rem; margin: 0; }
        .ent { border-radius: 3px; padding: 0 .15em; }
        .person { background: var(--person); } .organization { background: var(--organization); } .gpe { background: var(--gpe); }
        .location { background: var(--location); } .event { background: var(--event); }
        mark.ent { color: inherit; }
        .timex { text-decoration: underline 2px #c0392b; text-underline-offset: 3px; cursor: help; }
        .claim { background: linear-gradient(transparent 60%, #fff3a8 60%); }
        .claim .speaker { font-size: .75em; font-weight: 600; color: #6b5900; }
        .count { color: #777; } code { font-size: .85em; } .cue { font-style: italic; color: #555; }
        @media (max-width: 720px) { main { flex-direction: column; padding: .5rem; } aside { min-width: 0; width: 100%; } article { padding: .75rem; } }
        @media print { body { background: #fff; } main { display: block; padding: 0; } article, aside { border: 0; padding: 0; }
          aside { page-break-before: always; } .claim .speaker { color: #000; } }

        """;
}
