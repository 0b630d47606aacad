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
        <source>&amp;Welcome Page</source>
        <translation>&amp;Startseite</translation>
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
    <name>Dialogs</name>
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
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
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
    <name>FindingsModel</name>
    <message>
        <source>✓ applied</source>
        <translation>✓ übernommen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
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
        <source>No findings: the figure checks found nothing to question in this article.</source>
        <translation>Keine Befunde: Die Zahlenprüfung hat in diesem Artikel nichts zu beanstanden.</translation>
    </message>
    <message>
        <source>Corrected value: %1</source>
        <translation>Korrigierter Wert: %1</translation>
    </message>
    <message>
        <source>Apply correction</source>
        <translation>Korrektur übernehmen</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Something unexpected went wrong: %1</source>
        <translation>Etwas Unerwartetes ist schiefgegangen: %1</translation>
    </message>
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
        <source>Analyse again</source>
        <translation>Erneut analysieren</translation>
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
    <name>TaskRunner</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Read articles, mark quotes and figures, check them, and compose the briefing.</source>
        <translation>Artikel lesen, Zitate und Kennzahlen markieren, prüfen und das Briefing zusammenstellen.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>&amp;Beispiel öffnen</translation>
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
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
</context>
</TS>
