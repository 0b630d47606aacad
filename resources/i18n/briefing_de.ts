<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Ein leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a saved briefing project</source>
        <translation>Ein gespeichertes Briefing-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>Die zuletzt geöffneten Dateien vergessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>Artikel &amp;importieren …</translation>
    </message>
    <message>
        <source>Import articles from files (text, HTML, Word, PDF)</source>
        <translation>Artikel aus Dateien importieren (Text, HTML, Word, PDF)</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Create an article from copied text; page furniture is removed</source>
        <translation>Einen Artikel aus kopiertem Text anlegen; Seitenelemente werden entfernt</translation>
    </message>
    <message>
        <source>Append &amp;Page…</source>
        <translation>&amp;Seite anhängen …</translation>
    </message>
    <message>
        <source>Add the next page of the current article from a file</source>
        <translation>Die nächste Seite des aktuellen Artikels aus einer Datei anhängen</translation>
    </message>
    <message>
        <source>&amp;Update Article from File…</source>
        <translation>Artikel aus Datei &amp;aktualisieren …</translation>
    </message>
    <message>
        <source>Replace the current article with a newer version from a file; its marks move along</source>
        <translation>Den aktuellen Artikel durch eine neuere Fassung aus einer Datei ersetzen; seine Markierungen wandern mit</translation>
    </message>
    <message>
        <source>Update Article from Pa&amp;ste</source>
        <translation>Artikel aus &amp;Zwischenablage aktualisieren</translation>
    </message>
    <message>
        <source>Replace the current article with a newer version from the clipboard; its marks move along</source>
        <translation>Den aktuellen Artikel durch eine neuere Fassung aus der Zwischenablage ersetzen; seine Markierungen wandern mit</translation>
    </message>
    <message>
        <source>&amp;Remove Article</source>
        <translation>Artikel &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the current article and its marks from the project</source>
        <translation>Den aktuellen Artikel samt Markierungen aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>Erneut &amp;analysieren</translation>
    </message>
    <message>
        <source>Look for quotes, figures and figure errors again</source>
        <translation>Erneut nach Zitaten, Kennzahlen und Zahlenfehlern suchen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen …</translation>
    </message>
    <message>
        <source>Find words in the article</source>
        <translation>Wörter im Artikel suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation>Als &amp;Zitat markieren</translation>
    </message>
    <message>
        <source>Mark the selected text as a quote</source>
        <translation>Den ausgewählten Text als Zitat markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Figure</source>
        <translation>Als &amp;Kennzahl markieren</translation>
    </message>
    <message>
        <source>Mark the selected text as a figure</source>
        <translation>Den ausgewählten Text als Kennzahl markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Key Point</source>
        <translation>Als K&amp;ernaussage markieren</translation>
    </message>
    <message>
        <source>Mark the selected text as a key point</source>
        <translation>Den ausgewählten Text als Kernaussage markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Person</source>
        <translation>Als &amp;Person markieren</translation>
    </message>
    <message>
        <source>Mark the selected name as a person</source>
        <translation>Den ausgewählten Namen als Person markieren</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Attach a note to the selected text</source>
        <translation>Eine Notiz an den ausgewählten Text heften</translation>
    </message>
    <message>
        <source>&amp;Delete Mark</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation>Die ausgewählte Markierung löschen</translation>
    </message>
    <message>
        <source>In &amp;Briefing</source>
        <translation>Im &amp;Briefing</translation>
    </message>
    <message>
        <source>Include the selected mark in the briefing or leave it out</source>
        <translation>Die ausgewählte Markierung ins Briefing aufnehmen oder weglassen</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>Accept the selected suggestion</source>
        <translation>Den ausgewählten Vorschlag annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the selected suggestion</source>
        <translation>Den ausgewählten Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation>&amp;Nächster Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>&amp;Vorheriger Vorschlag</translation>
    </message>
    <message>
        <source>Apply &amp;Correction</source>
        <translation>&amp;Korrektur übernehmen</translation>
    </message>
    <message>
        <source>Set the corrected value on the figure mark (the article stays as published)</source>
        <translation>Den korrigierten Wert in die Kennzahl übernehmen (der Artikel bleibt wie veröffentlicht)</translation>
    </message>
    <message>
        <source>Show &amp;Removed Text</source>
        <translation>&amp;Entfernten Text zeigen</translation>
    </message>
    <message>
        <source>List the lines import removed from the article, with the reason</source>
        <translation>Die beim Import entfernten Zeilen mit Grund auflisten</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Import, paste or open an article, a recent project or the sample</source>
        <translation>Einen Artikel importieren, einfügen oder öffnen, ein zuletzt geöffnetes Projekt oder das Beispiel</translation>
    </message>
    <message>
        <source>Go to &amp;Article Text</source>
        <translation>Zum &amp;Artikeltext</translation>
    </message>
    <message>
        <source>Go to &amp;Marks List</source>
        <translation>Zur &amp;Markierungsliste</translation>
    </message>
    <message>
        <source>&amp;About Briefing Desk</source>
        <translation>&amp;Über Briefing Desk</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the app&apos;s log file, to send it with a problem report</source>
        <translation>Den Ordner mit der Protokolldatei der App zeigen, um sie einer Fehlermeldung beizulegen</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>A short guide to the app, from article to export</source>
        <translation>Eine kurze Anleitung, vom Artikel bis zum Export</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command with its keys</source>
        <translation>Jeder Befehl mit seinen Tasten</translation>
    </message>
    <message>
        <source>Tool Bar &amp;Text</source>
        <translation>&amp;Text in der Werkzeugleiste</translation>
    </message>
    <message>
        <source>Show the names of the tool bar buttons under their icons</source>
        <translation>Die Namen der Schaltflächen unter ihren Symbolen zeigen</translation>
    </message>
    <message>
        <source>&amp;Compose Briefing</source>
        <translation>Briefing &amp;zusammenstellen</translation>
    </message>
    <message>
        <source>Show the briefing: meeting, messages and the order of its items</source>
        <translation>Das Briefing zeigen: Termin, Botschaften und die Reihenfolge der Einträge</translation>
    </message>
    <message>
        <source>Pre&amp;view Handout and Slides</source>
        <translation>&amp;Vorschau auf Handout und Folien</translation>
    </message>
    <message>
        <source>Show the handout and the slides as they will be exported</source>
        <translation>Handout und Folien so zeigen, wie sie exportiert werden</translation>
    </message>
    <message>
        <source>Move Item &amp;Up</source>
        <translation>Eintrag nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected briefing item up (into the previous section at the top)</source>
        <translation>Den gewählten Eintrag nach oben verschieben (am Anfang in den vorigen Abschnitt)</translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation>Eintrag nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected briefing item down (into the next section at the bottom)</source>
        <translation>Den gewählten Eintrag nach unten verschieben (am Ende in den nächsten Abschnitt)</translation>
    </message>
    <message>
        <source>&amp;Refresh Preview</source>
        <translation>Vorschau &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Render the handout and slide previews again</source>
        <translation>Handout- und Folienvorschau neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Export Briefing…</source>
        <translation>Briefing e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the PowerPoint deck and the PDF handout</source>
        <translation>Den PowerPoint-Foliensatz und das PDF-Handout schreiben</translation>
    </message>
    <message>
        <source>&amp;Print Handout…</source>
        <translation>Handout &amp;drucken …</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Das Handout drucken</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>In the &amp;briefing</source>
        <translation>Im &amp;Briefing</translation>
    </message>
    <message>
        <source>comma-separated, e.g. investment, risk</source>
        <translation>durch Kommas getrennt, z. B. Investition, Risiko</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Direct (verbatim)</source>
        <translation>Direkt (wörtlich)</translation>
    </message>
    <message>
        <source>Indirect (reported)</source>
        <translation>Indirekt (berichtet)</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sprecher:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>S&amp;peech:</source>
        <translation>&amp;Redeform:</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>Ü&amp;bersetzung:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>true value, e.g. 1,2 Bio. or 1200000000000</source>
        <translation>tatsächlicher Wert, z. B. 1,2 Bio. oder 1200000000000</translation>
    </message>
    <message>
        <source>EUR, CNY, percent, Projekte …</source>
        <translation>EUR, CNY, percent, Projekte …</translation>
    </message>
    <message>
        <source>what it measures</source>
        <translation>was sie misst</translation>
    </message>
    <message>
        <source>&amp;Approximate</source>
        <translation>&amp;Ungefähr</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Zusatz:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Angezeigt als:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Funktion des Sprechers</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Direct or indirect speech</source>
        <translation>Direkte oder indirekte Rede</translation>
    </message>
    <message>
        <source>Translation or paraphrase</source>
        <translation>Übersetzung oder Paraphrase</translation>
    </message>
    <message>
        <source>Figure value</source>
        <translation>Wert der Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Figure label</source>
        <translation>Bezeichnung der Kennzahl</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Zusatz</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>In the briefing</source>
        <translation>Im Briefing</translation>
    </message>
    <message>
        <source>Select a mark in the text or in the list to edit it.</source>
        <translation>Wählen Sie eine Markierung im Text oder in der Liste, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>(no value yet)</source>
        <translation>(noch kein Wert)</translation>
    </message>
    <message>
        <source>Suggested by the analysis (confidence %1)</source>
        <translation>Von der Analyse vorgeschlagen (Konfidenz %1)</translation>
    </message>
    <message>
        <source>Rejected suggestion</source>
        <translation>Abgelehnter Vorschlag</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>Angenommener Vorschlag</translation>
    </message>
    <message>
        <source>Your mark</source>
        <translation>Ihre Markierung</translation>
    </message>
    <message>
        <source>cue: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Needs review: the text moved since this was marked.</source>
        <translation>Prüfen: Der Text hat sich seit der Markierung verschoben.</translation>
    </message>
    <message>
        <source>Not a number. Examples: 1,2 Bio. · 16 Mrd. · 4300 · 1.2e12</source>
        <translation>Keine Zahl. Beispiele: 1,2 Bio. · 16 Mrd. · 4300 · 1.2e12</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation>noch kein Wert</translation>
    </message>
    <message>
        <source>low ⚠</source>
        <translation>niedrig ⚠</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>In the briefing</source>
        <translation>Im Briefing</translation>
    </message>
    <message>
        <source>Not in the briefing</source>
        <translation>Nicht im Briefing</translation>
    </message>
    <message>
        <source>Needs review: the text moved since this was marked</source>
        <translation>Prüfen: Der Text hat sich seit der Markierung verschoben</translation>
    </message>
    <message>
        <source>Include in briefing</source>
        <translation>Ins Briefing aufnehmen</translation>
    </message>
    <message>
        <source>Leave out of briefing</source>
        <translation>Aus dem Briefing nehmen</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Select text and press Q, F, K, P or N to mark it</source>
        <translation>Text auswählen und Q, F, K, P oder N drücken, um ihn zu markieren</translation>
    </message>
    <message>
        <source>No article. Import one with Ctrl+I, paste one with Ctrl+Shift+V or drop a file here.</source>
        <translation>Kein Artikel. Importieren Sie einen mit Strg+I, fügen Sie einen mit Strg+Umschalt+V ein oder ziehen Sie eine Datei hierher.</translation>
    </message>
</context>
<context>
    <name>BriefingItemsModel</name>
    <message numerus="yes">
        <source>The outputs open this section with %n text(s) typed on the Meeting tab.</source>
        <translation>
            <numerusform>Die Ausgabe beginnt diesen Abschnitt mit %n Text vom Reiter Termin.</numerusform>
            <numerusform>Die Ausgabe beginnt diesen Abschnitt mit %n Texten vom Reiter Termin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited for the outputs</source>
        <translation>Für die Ausgabe bearbeitet</translation>
    </message>
    <message>
        <source>Sections and items</source>
        <translation>Abschnitte und Einträge</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Abschnitt verschieben</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Eintrag verschieben</translation>
    </message>
</context>
<context>
    <name>BriefingUi</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>&amp;Briefing</translation>
    </message>
</context>
<context>
    <name>CitedSourcesModel</name>
    <message numerus="yes">
        <source>%n item(s) from this article</source>
        <translation>
            <numerusform>%n Eintrag aus diesem Artikel</numerusform>
            <numerusform>%n Einträge aus diesem Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message>
        <source>Sources (derived from the items)</source>
        <translation>Quellen (aus den Einträgen abgeleitet)</translation>
    </message>
    <message>
        <source>Drag items to reorder them or move them to another section (Ctrl+Up/Down).</source>
        <translation>Einträge ziehen, um sie umzuordnen oder in einen anderen Abschnitt zu verschieben (Strg+Pfeil hoch/runter).</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Abschnitt nach oben</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Abschnitt nach unten</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Eintrag nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Project counts</source>
        <translation>Projektzahlen</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending</source>
        <translation>
            <numerusform>%n offener Vorschlag</numerusform>
            <numerusform>%n offene Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Prüfbefund</numerusform>
            <numerusform>%n Prüfbefunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>counted noun</source>
        <translation>gezähltes Substantiv</translation>
    </message>
    <message>
        <source>reported speech continued (subjunctive)</source>
        <translation>indirekte Rede fortgesetzt (Konjunktiv)</translation>
    </message>
    <message>
        <source>direct speech continued</source>
        <translation>direkte Rede fortgesetzt</translation>
    </message>
    <message>
        <source>quotation marks</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>quotation marks (continued)</source>
        <translation>Anführungszeichen (fortgesetzt)</translation>
    </message>
    <message>
        <source>named person</source>
        <translation>genannte Person</translation>
    </message>
    <message>
        <source>unit shared with the next figure</source>
        <translation>Einheit mit der nächsten Zahl geteilt</translation>
    </message>
    <message>
        <source>“according to”</source>
        <translation>„according to“</translation>
    </message>
    <message>
        <source>“dozen”</source>
        <translation>„dozen“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Already Marked</source>
        <translation>Bereits markiert</translation>
    </message>
    <message>
        <source>This text is already marked as %1. Add a second mark anyway?</source>
        <translation>Dieser Text ist bereits als %1 markiert. Trotzdem eine zweite Markierung hinzufügen?</translation>
    </message>
    <message>
        <source>Add Second Mark</source>
        <translation>Zweite Markierung hinzufügen</translation>
    </message>
    <message>
        <source>Keep the Existing One</source>
        <translation>Die vorhandene behalten</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>Ohne Speichern gehen die Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Briefing projects (*.briefing)</source>
        <translation>Briefing-Projekte (*.briefing)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Artikel (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Append Page</source>
        <translation>Seite anhängen</translation>
    </message>
    <message>
        <source>Update Article from File</source>
        <translation>Artikel aus Datei aktualisieren</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Briefing Desk was not closed properly. Recover which project?</source>
        <translation>Briefing Desk wurde nicht ordnungsgemäß beendet. Welches Projekt soll wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>Briefing Desk was not closed properly. Unsaved changes to “%1” from %2 can be recovered.</source>
        <translation>Briefing Desk wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an „%1“ vom %2 können wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Sample Briefing (sample)</source>
        <translation>Beispiel-Briefing (Beispiel)</translation>
    </message>
    <message>
        <source>Project Opened with Changes</source>
        <translation>Projekt mit Änderungen geöffnet</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Briefing</source>
        <translation>Briefing exportieren</translation>
    </message>
    <message>
        <source>&amp;PowerPoint deck (.pptx)</source>
        <translation>&amp;PowerPoint-Folien (.pptx)</translation>
    </message>
    <message>
        <source>PowerPoint deck path</source>
        <translation>Pfad der PowerPoint-Datei</translation>
    </message>
    <message>
        <source>PowerPoint decks (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <source>P&amp;DF handout (.pdf)</source>
        <translation>P&amp;DF-Handout (.pdf)</translation>
    </message>
    <message>
        <source>PDF handout path</source>
        <translation>Pfad des PDF-Handouts</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Word briefing (.docx)</source>
        <translation>&amp;Word-Gesprächsunterlage (.docx)</translation>
    </message>
    <message>
        <source>Word briefing path</source>
        <translation>Pfad der Word-Gesprächsunterlage</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>Deck template</source>
        <translation>Folienvorlage</translation>
    </message>
    <message>
        <source>Your own template…</source>
        <translation>Eigene Vorlage …</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Sprache der Beschriftungen</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Name the &amp;author in the file properties:</source>
        <translation>&amp;Autor in den Dateieigenschaften nennen:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Leave room for &amp;notes in the handout</source>
        <translation>Platz für &amp;Notizen im Handout lassen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Beschriftung auf:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pap&amp;ier:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Choose file for %1</source>
        <translation>Datei wählen für %1</translation>
    </message>
    <message>
        <source>Your own template: %1</source>
        <translation>Eigene Vorlage: %1</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export Finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>The briefing was exported:</source>
        <translation>Das Briefing wurde exportiert:</translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation>Zu prüfende Punkte</translation>
    </message>
    <message>
        <source>Please check these points before you send it on:</source>
        <translation>Bitte vor dem Weitergeben prüfen:</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exporting the briefing</source>
        <translation>Briefing wird exportiert</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>Preparing the handout for printing</source>
        <translation>Handout wird für den Druck vorbereitet</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search marks</source>
        <translation>Markierungen durchsuchen</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>In briefing</source>
        <translation>Im Briefing</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>FindingNotice</name>
    <message>
        <source>Apply Correction</source>
        <translation>Korrektur übernehmen</translation>
    </message>
    <message>
        <source>Set the corrected value on the figure mark; the article text stays as published</source>
        <translation>Den korrigierten Wert in die Kennzahl übernehmen; der Artikeltext bleibt wie veröffentlicht</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Checked and harmless: no longer counted or flagged (undoable)</source>
        <translation>Geprüft und unbedenklich: nicht mehr gezählt oder markiert (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Figure check warning</source>
        <translation>Warnung der Zahlenprüfung</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weiterer)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Likely scale error</source>
        <translation>Wahrscheinlicher Größenfehler</translation>
    </message>
    <message>
        <source>Scale word missing</source>
        <translation>Größenwort fehlt</translation>
    </message>
    <message>
        <source>Conversion does not match the rate</source>
        <translation>Umrechnung passt nicht zum Kurs</translation>
    </message>
    <message>
        <source>Approximate value converted as exact</source>
        <translation>Ungefährer Wert exakt umgerechnet</translation>
    </message>
    <message>
        <source>German &apos;Billion&apos; is a trillion</source>
        <translation>Deutsche „Billion“ ist englisch „trillion“</translation>
    </message>
    <message>
        <source>Check this figure</source>
        <translation>Diese Kennzahl prüfen</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>✓ applied</source>
        <translation>✓ übernommen</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Dismiss finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <source>Figure check findings</source>
        <translation>Befunde der Zahlenprüfung</translation>
    </message>
    <message>
        <source>Apply Correction</source>
        <translation>Korrektur übernehmen</translation>
    </message>
    <message>
        <source>Set the corrected value on the figure mark; the article text stays as published</source>
        <translation>Den korrigierten Wert in die Kennzahl übernehmen; der Artikeltext bleibt wie veröffentlicht</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Checked and harmless: no longer counted or flagged (undoable)</source>
        <translation>Geprüft und unbedenklich: nicht mehr gezählt oder markiert (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>No findings: the figure checks found nothing to question in this article.</source>
        <translation>Keine Befunde: Die Zahlenprüfung hat in diesem Artikel nichts zu beanstanden.</translation>
    </message>
    <message>
        <source>Corrected value: %1</source>
        <translation>Korrigierter Wert: %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen finding</source>
        <translation>Befund wieder öffnen</translation>
    </message>
    <message>
        <source>Apply correction</source>
        <translation>Korrektur übernehmen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Handout pages</source>
        <translation>Seiten des Handouts</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Analysing %1 …</source>
        <translation>%1 wird analysiert …</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>Artikel werden importiert</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message>
        <source>Nothing to Paste</source>
        <translation>Nichts zum Einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy an article&apos;s text in the browser first.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst den Text eines Artikels im Browser.</translation>
    </message>
    <message>
        <source>Cleaning the pasted text …</source>
        <translation>Eingefügter Text wird bereinigt …</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Eingefügter Artikel</translation>
    </message>
    <message>
        <source>Analysing …</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <source>Cannot Paste Article</source>
        <translation>Artikel kann nicht eingefügt werden</translation>
    </message>
    <message>
        <source>Pasting article</source>
        <translation>Artikel wird eingefügt</translation>
    </message>
    <message>
        <source>Append page</source>
        <translation>Seite anhängen</translation>
    </message>
    <message>
        <source>Cannot Append Page</source>
        <translation>Seite kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>Reading the page</source>
        <translation>Seite wird gelesen</translation>
    </message>
    <message>
        <source>Reading the new version …</source>
        <translation>Neue Fassung wird gelesen …</translation>
    </message>
    <message>
        <source>Update article</source>
        <translation>Artikel aktualisieren</translation>
    </message>
    <message>
        <source>Cannot Update Article</source>
        <translation>Artikel kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Updating the article</source>
        <translation>Artikel wird aktualisiert</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Erneut analysieren</translation>
    </message>
    <message>
        <source>Checking figures</source>
        <translation>Zahlen werden geprüft</translation>
    </message>
    <message>
        <source>Cannot Analyse</source>
        <translation>Analyse nicht möglich</translation>
    </message>
    <message>
        <source>Analysing the article</source>
        <translation>Artikel wird analysiert</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Mark details</source>
        <translation>Details der Markierung</translation>
    </message>
    <message>
        <source>Edit mark</source>
        <translation>Markierung bearbeiten</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Original text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <source>Text in the outputs</source>
        <translation>Text in der Ausgabe</translation>
    </message>
    <message>
        <source>Edit item text</source>
        <translation>Text des Eintrags bearbeiten</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>Übersetzung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Angezeigt als:</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <source>T&amp;ranslation:</source>
        <translation>Ü&amp;bersetzung:</translation>
    </message>
    <message>
        <source>Select an item to shorten it or add a translation.</source>
        <translation>Einen Eintrag wählen, um ihn zu kürzen oder zu übersetzen.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>As in the article</source>
        <translation>Wie im Artikel</translation>
    </message>
    <message>
        <source>Optional: the wording in the output language</source>
        <translation>Optional: der Wortlaut in der Ausgabesprache</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Figure check: open finding (see the Marks or Figure Checks panel)</source>
        <translation>Zahlenprüfung: offener Befund (siehe Markierungen oder Zahlenprüfung)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Figure Checks</source>
        <translation>Zahlenprüfung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Removed Text</source>
        <translation>Entfernter Text</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>&amp;Alle annehmen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>This is the sample briefing: a made-up article to try the app. Save it under a name of yours to keep changes.</source>
        <translation>Dies ist das Beispiel-Briefing: ein erfundener Artikel zum Ausprobieren. Speichern Sie es unter eigenem Namen, um Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 %2
From press articles to checked executive briefings.</source>
        <translation>%1 %2
Von Presseartikeln zu geprüften Briefings für die Leitung.</translation>
    </message>
</context>
<context>
    <name>MarkReviewDialog</name>
    <message>
        <source>Review Marks After the Update</source>
        <translation>Markierungen nach der Aktualisierung prüfen</translation>
    </message>
    <message>
        <source>These marks did not land on the same words in the new version. Keep each one, select its text in the article and re-attach it, or delete it.</source>
        <translation>Diese Markierungen liegen in der neuen Fassung nicht mehr auf denselben Wörtern. Behalten Sie sie, markieren Sie ihren Text im Artikel und hängen Sie sie neu an, oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>Marks to review</source>
        <translation>Zu prüfende Markierungen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>An Auswahl &amp;neu anhängen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>found similar text</source>
        <translation>ähnlicher Text gefunden</translation>
    </message>
    <message>
        <source>Keep mark</source>
        <translation>Markierung behalten</translation>
    </message>
    <message>
        <source>Select the mark&apos;s text in the article first.</source>
        <translation>Markieren Sie zuerst den Text der Markierung im Artikel.</translation>
    </message>
    <message>
        <source>Re-attach mark</source>
        <translation>Markierung neu anhängen</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Markierung löschen</translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <source>Mark quote</source>
        <translation>Zitat markieren</translation>
    </message>
    <message>
        <source>Mark figure</source>
        <translation>Kennzahl markieren</translation>
    </message>
    <message>
        <source>Mark key point</source>
        <translation>Kernaussage markieren</translation>
    </message>
    <message>
        <source>Mark person</source>
        <translation>Person markieren</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Wählen Sie zuerst Text im Artikel aus.</translation>
    </message>
    <message>
        <source>This text is already marked; the existing mark is selected.</source>
        <translation>Dieser Text ist bereits markiert; die vorhandene Markierung ist ausgewählt.</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Leave out of briefing</source>
        <translation>Aus dem Briefing nehmen</translation>
    </message>
    <message>
        <source>Include in briefing</source>
        <translation>Ins Briefing aufnehmen</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting title</source>
        <translation>Titel des Termins</translation>
    </message>
    <message>
        <source>Edit meeting title</source>
        <translation>Titel des Termins bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Delegation visit to the Taicang industrial park</source>
        <translation>z. B. Delegationsbesuch im Industriepark Taicang</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Edit meeting place</source>
        <translation>Ort des Termins bearbeiten</translation>
    </message>
    <message>
        <source>Counterpart organisation</source>
        <translation>Organisation des Gegenübers</translation>
    </message>
    <message>
        <source>Edit counterpart organisation</source>
        <translation>Gegenüber bearbeiten</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Unsere Delegation</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>Delegation bearbeiten</translation>
    </message>
    <message>
        <source>Their participants</source>
        <translation>Teilnehmende der Gegenseite</translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation>Teilnehmende bearbeiten</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Own marking…</source>
        <translation>Eigene Einstufung …</translation>
    </message>
    <message>
        <source>Own classification marking</source>
        <translation>Eigene Einstufung</translation>
    </message>
    <message>
        <source>Marking printed on every page</source>
        <translation>Vermerk auf jeder Seite</translation>
    </message>
    <message>
        <source>Language of the outputs</source>
        <translation>Sprache der Ausgabe</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Change output language</source>
        <translation>Ausgabesprache ändern</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Edit objectives</source>
        <translation>Ziele bearbeiten</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Kernbotschaften</translation>
    </message>
    <message>
        <source>Edit key messages</source>
        <translation>Kernbotschaften bearbeiten</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>A few sentences; an empty line starts a new paragraph</source>
        <translation>Einige Sätze; eine Leerzeile beginnt einen neuen Absatz</translation>
    </message>
    <message>
        <source>Edit executive summary</source>
        <translation>Zusammenfassung bearbeiten</translation>
    </message>
    <message>
        <source>Questions to raise</source>
        <translation>Anzusprechende Fragen</translation>
    </message>
    <message>
        <source>Edit questions</source>
        <translation>Fragen bearbeiten</translation>
    </message>
    <message>
        <source>Reactive talking points</source>
        <translation>Sprechpunkte reaktiv</translation>
    </message>
    <message>
        <source>Edit reactive talking points</source>
        <translation>Sprechpunkte reaktiv bearbeiten</translation>
    </message>
    <message>
        <source>One per line: if they raise … → our line</source>
        <translation>Eine Zeile je Punkt: Wenn die Gegenseite … anspricht → unsere Linie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>&amp;Gegenüber:</translation>
    </message>
    <message>
        <source>Our &amp;delegation:</source>
        <translation>Unsere De&amp;legation:</translation>
    </message>
    <message>
        <source>Their p&amp;articipants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>Marking and language</source>
        <translation>Einstufung und Sprache</translation>
    </message>
    <message>
        <source>Classi&amp;fication:</source>
        <translation>Ein&amp;stufung:</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Beschriftung auf:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Botschaften</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>&amp;Key messages:</source>
        <translation>&amp;Kernbotschaften:</translation>
    </message>
    <message>
        <source>Executive &amp;summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Questions to raise:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>&amp;Reactive points:</source>
        <translation>Sprechpunkte &amp;reaktiv:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <source>Edit meeting date</source>
        <translation>Datum des Termins bearbeiten</translation>
    </message>
    <message>
        <source>Change classification</source>
        <translation>Einstufung ändern</translation>
    </message>
</context>
<context>
    <name>OutputDialogs</name>
    <message>
        <source>Choose a PowerPoint Template</source>
        <translation>PowerPoint-Vorlage wählen</translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>PowerPoint-Vorlagen (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Handout drucken</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <extracomment>A change touching this many marks (a re-analysis, Accept All) reloads the people later.</extracomment>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person mark(s)</source>
        <translation>
            <numerusform>%n Personenmarkierung</numerusform>
            <numerusform>%n Personenmarkierungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Make the selected people one person: the current one keeps its name</source>
        <translation>Die ausgewählten Personen zu einer zusammenführen: die aktuelle behält ihren Namen</translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation>Doppelten Eintrag zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>No people yet: mark a person (P) or give a quote its speaker.</source>
        <translation>Noch keine Personen: eine Person markieren (P) oder einem Zitat seinen Sprecher geben.</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n quote(s)</source>
        <translation>
            <numerusform>In %n Zitat</numerusform>
            <numerusform>In %n Zitaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person mark(s)</source>
        <translation>
            <numerusform>%n Personenmarkierung</numerusform>
            <numerusform>%n Personenmarkierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Possibly the same person: %1</source>
        <translation>Vielleicht dieselbe Person: %1</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Personen zusammenführen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language applies the next time Briefing Desk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Briefing Desk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&amp;Handout</source>
        <translation>&amp;Handout</translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation>&amp;Folien</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh preview</source>
        <translation>Vorschau aktualisieren</translation>
    </message>
    <message>
        <source>Updating preview…</source>
        <translation>Vorschau wird aktualisiert …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n Folie</numerusform>
            <numerusform>%n Folien</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Laufende Aufgabe abbrechen</translation>
    </message>
</context>
<context>
    <name>RemovedPanel</name>
    <message>
        <source>Removed line</source>
        <translation>Entfernte Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Removed text</source>
        <translation>Entfernter Text</translation>
    </message>
    <message>
        <source>Restore Selected</source>
        <translation>Auswahl wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected lines back into the article text</source>
        <translation>Die ausgewählten Zeilen wieder in den Artikeltext setzen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed on import</source>
        <translation>
            <numerusform>%n Zeile beim Import entfernt</numerusform>
            <numerusform>%n Zeilen beim Import entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restore removed text</source>
        <translation>Entfernten Text wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RemovedReason</name>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Share buttons</source>
        <translation>Teilen-Schaltflächen</translation>
    </message>
    <message>
        <source>Page navigation</source>
        <translation>Seitennavigation</translation>
    </message>
    <message>
        <source>Breadcrumb trail</source>
        <translation>Navigationspfad</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Author line</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Cookie notice</source>
        <translation>Cookie-Hinweis</translation>
    </message>
    <message>
        <source>Newsletter sign-up</source>
        <translation>Newsletter-Anmeldung</translation>
    </message>
    <message>
        <source>Form field</source>
        <translation>Formularfeld</translation>
    </message>
    <message>
        <source>Subscription offer</source>
        <translation>Abo-Angebot</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Verwandte Artikel</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Lesedauer</translation>
    </message>
    <message>
        <source>Copyright notice</source>
        <translation>Urheberrechtshinweis</translation>
    </message>
    <message>
        <source>Picture credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Social media links</source>
        <translation>Social-Media-Links</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktangaben</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Running header</source>
        <translation>Kolumnentitel</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Navigation menu</source>
        <translation>Navigationsmenü</translation>
    </message>
    <message>
        <source>List of links</source>
        <translation>Linkliste</translation>
    </message>
    <message>
        <source>Photo gallery or video</source>
        <translation>Bildergalerie oder Video</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Agenturkürzel</translation>
    </message>
    <message>
        <source>Kicker above the headline</source>
        <translation>Dachzeile über der Überschrift</translation>
    </message>
    <message>
        <source>Page header</source>
        <translation>Seitenkopf</translation>
    </message>
    <message>
        <source>Page below the article</source>
        <translation>Seite unter dem Artikel</translation>
    </message>
    <message>
        <source>Label the page repeats</source>
        <translation>Wiederholte Beschriftung der Seite</translation>
    </message>
    <message>
        <source>About the author or the company</source>
        <translation>Über Autor oder Unternehmen</translation>
    </message>
    <message>
        <source>PDF pages not read (page limit)</source>
        <translation>Nicht gelesene PDF-Seiten (Seitengrenze)</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Key messages</source>
        <translation>Kernbotschaften</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Zahlen und Fakten</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>SectionsTree</name>
    <message>
        <source>Briefing sections</source>
        <translation>Abschnitte des Briefings</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was er tut</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <source>Approximate preview of the slides: the exported deck uses the layouts, fonts and colours of the chosen template.</source>
        <translation>Ungefähre Vorschau der Folien: Der exportierte Foliensatz verwendet Layouts, Schriften und Farben der gewählten Vorlage.</translation>
    </message>
    <message>
        <source>Slide thumbnails</source>
        <translation>Folienminiaturen</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Why this was suggested</source>
        <translation>Warum dies vorgeschlagen wurde</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Kind to accept</source>
        <translation>Anzunehmende Art</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Accept every pending suggestion of the chosen kind</source>
        <translation>Alle offenen Vorschläge der gewählten Art annehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review. Enter accepts, Del rejects, J/K moves.</source>
        <translation>
            <numerusform>%n Vorschlag zu prüfen. Eingabe nimmt an, Entf lehnt ab, J/K blättert.</numerusform>
            <numerusform>%n Vorschläge zu prüfen. Eingabe nimmt an, Entf lehnt ab, J/K blättert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, confidence %2</source>
        <translation>%1, Konfidenz %2</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Accept all: %1</source>
        <translation>Alle annehmen: %1</translation>
    </message>
</context>
<context>
    <name>TakeawayEdit</name>
    <message>
        <source>Takeaway of the section</source>
        <translation>Fazit des Abschnitts</translation>
    </message>
    <message>
        <source>&amp;Takeaway:</source>
        <translation>Fa&amp;zit:</translation>
    </message>
    <message>
        <source>%1 characters too long for a slide title (at most %2); shorten it to keep it.</source>
        <translation>%1 Zeichen zu lang für einen Folientitel (höchstens %2); zum Übernehmen bitte kürzen.</translation>
    </message>
    <message>
        <source>Select a section to write its takeaway.</source>
        <translation>Einen Abschnitt auswählen, um sein Fazit zu schreiben.</translation>
    </message>
    <message>
        <source>Optional: what “%1” shows, in one sentence; it becomes the slide title</source>
        <translation>Optional: was „%1“ zeigt, in einem Satz; er wird zum Folientitel</translation>
    </message>
    <message>
        <source>Edit takeaway</source>
        <translation>Fazit bearbeiten</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Classic: white slides, navy accent, Arial</source>
        <translation>Klassisch: weiße Folien, marineblauer Akzent, Arial</translation>
    </message>
    <message>
        <source>Modern: teal accent panel on the title slide, Calibri</source>
        <translation>Modern: petrolfarbene Fläche auf der Titelfolie, Calibri</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Bring in a press article, review the quotes and figures the app suggests, and export a checked briefing as slides and a handout.</source>
        <translation>Holen Sie einen Presseartikel herein, prüfen Sie die vorgeschlagenen Zitate und Kennzahlen und exportieren Sie ein geprüftes Briefing als Folien und Handout.</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>Artikel &amp;importieren …</translation>
    </message>
    <message>
        <source>Text, web page (HTML), Word or PDF; you can also drop files here</source>
        <translation>Text, Webseite (HTML), Word oder PDF; Dateien lassen sich auch hierher ziehen</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>An article copied from the browser; page furniture is removed</source>
        <translation>Ein im Browser kopierter Artikel; Seitenbeiwerk wird entfernt</translation>
    </message>
    <message>
        <source>Open a saved briefing project</source>
        <translation>Ein gespeichertes Briefing-Projekt öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Briefing</source>
        <translation>&amp;Beispiel-Briefing öffnen</translation>
    </message>
    <message>
        <source>A made-up article with a prepared briefing, to try the app</source>
        <translation>Ein erfundener Artikel mit vorbereitetem Briefing, zum Ausprobieren</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Zuletzt geöffnete Projekte:</translation>
    </message>
    <message>
        <source>New here? The sample briefing shows every step on a made-up article.</source>
        <translation>Neu hier? Das Beispiel-Briefing zeigt jeden Schritt an einem erfundenen Artikel.</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
</context>
</TS>
