<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BriefingError</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>{name} is read-only or locked by another program.</source>
        <translation>{name} ist schreibgeschützt oder von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>Close it there or remove the write protection, or save under another name.</source>
        <translation>Schließen Sie die Datei dort oder heben Sie den Schreibschutz auf – oder speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot write into the folder {folder} (no permission).</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>Choose another folder, for example your Documents folder.</source>
        <translation>Wählen Sie einen anderen Ordner, zum Beispiel Ihren Ordner „Dokumente“.</translation>
    </message>
    <message>
        <source>{name} could not be written: access denied.</source>
        <translation>{name} konnte nicht geschrieben werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Close the file if it is open in another program (PowerPoint, a PDF viewer), or save elsewhere.</source>
        <translation>Schließen Sie die Datei, falls sie in einem anderen Programm geöffnet ist (PowerPoint, PDF-Viewer), oder speichern Sie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>The disk is full; {name} was not written.</source>
        <translation>Der Datenträger ist voll; {name} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Free some space and try again.</source>
        <translation>Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}).</source>
        <translation>{name} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” has the wrong file extension for {option}: it must end in {suffix}.</source>
        <translation>„{name}“ hat die falsche Dateiendung für {option}: Der Name muss auf {suffix} enden.</translation>
    </message>
    <message>
        <source>Choose a name like “{example}”.</source>
        <translation>Wählen Sie einen Namen wie „{example}“.</translation>
    </message>
    <message>
        <source>--update takes exactly one file: the newer version of the article.</source>
        <translation>--update nimmt genau eine Datei: die neuere Fassung des Artikels.</translation>
    </message>
    <message>
        <source>Give one FILE, and no --append-to.</source>
        <translation>Geben Sie eine DATEI an und kein --append-to.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Give --pptx OUT.pptx, --pdf OUT.pdf and/or --docx OUT.docx.</source>
        <translation>Geben Sie --pptx AUSGABE.pptx, --pdf AUSGABE.pdf und/oder --docx AUSGABE.docx an.</translation>
    </message>
    <message>
        <source>The range {start}–{end} does not lie inside the article ({length} characters).</source>
        <translation>Der Bereich {start}–{end} liegt nicht im Artikel ({length} Zeichen).</translation>
    </message>
    <message>
        <source>Select the text again.</source>
        <translation>Wählen Sie den Text erneut aus.</translation>
    </message>
    <message>
        <source>Sources are listed automatically and cannot hold items.</source>
        <translation>Quellen werden automatisch aufgeführt und können keine Einträge aufnehmen.</translation>
    </message>
    <message>
        <source>Move the item to another section.</source>
        <translation>Verschieben Sie den Eintrag in einen anderen Abschnitt.</translation>
    </message>
    <message>
        <source>This item is not in the briefing.</source>
        <translation>Dieser Eintrag ist nicht im Briefing.</translation>
    </message>
    <message>
        <source>Mark it &apos;in briefing&apos; first.</source>
        <translation>Markieren Sie ihn zuerst als „Im Briefing“.</translation>
    </message>
    <message>
        <source>The selection holds no text to mark.</source>
        <translation>Die Auswahl enthält keinen Text zum Markieren.</translation>
    </message>
    <message>
        <source>Select a word or a passage first.</source>
        <translation>Wählen Sie zuerst ein Wort oder eine Textstelle aus.</translation>
    </message>
    <message>
        <source>No article with id {article_id} in this project.</source>
        <extracomment>Keys of figure-check findings the user dismissed (see ``finding_status.finding_key``). What loading the file could not take over (e.g. marks of an article that is gone), as translatable notices; never saved, shown by ``info`` and the app.</extracomment>
        <translation>Dieses Projekt enthält keinen Artikel mit der ID {article_id}.</translation>
    </message>
    <message>
        <source>Use &apos;info&apos; to list the ids.</source>
        <translation>Verwenden Sie „info“, um die IDs aufzulisten.</translation>
    </message>
    <message>
        <source>Choose a PowerPoint file, a PDF file, a Word file, or several.</source>
        <translation>Wählen Sie eine PowerPoint-, PDF- oder Word-Datei oder mehrere.</translation>
    </message>
    <message>
        <source>The briefing has no content yet; only the title is exported.</source>
        <translation>Das Briefing hat noch keinen Inhalt; exportiert wird nur der Titel.</translation>
    </message>
    <message>
        <source>The translation of &apos;{source}&apos; renders the German &apos;Billion(en)&apos; (10^12) as &apos;billion&apos; (10^9); in English it is &apos;trillion&apos;.</source>
        <translation>Die Übersetzung von „{source}“ gibt die deutsche „Billion(en)“ (10^12) als „billion“ (10^9) wieder; im Englischen heißt es „trillion“.</translation>
    </message>
    <message>
        <source>Unchecked figure: {finding}</source>
        <translation>Ungeprüfte Zahl: {finding}</translation>
    </message>
    <message>
        <source>The font file {file} is missing from the installation.</source>
        <extracomment>The font files an installation must carry (checked by ``briefing-app --smoke``).</extracomment>
        <translation>Die Schriftdatei {file} fehlt in der Installation.</translation>
    </message>
    <message>
        <source>Reinstall Briefing Desk; the PDF handout needs its bundled fonts.</source>
        <translation>Installieren Sie Briefing Desk neu; das PDF-Handout braucht die mitgelieferten Schriften.</translation>
    </message>
    <message>
        <source>Unknown paper size &apos;{paper}&apos;.</source>
        <extracomment>Width and height of a page in points.</extracomment>
        <translation>Unbekanntes Papierformat „{paper}“.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter.</source>
        <translation>Wählen Sie A4 oder Letter.</translation>
    </message>
    <message>
        <source>An entry is longer than a page, so the handout is set as plain flowing text; shorten it.</source>
        <translation>Ein Eintrag ist länger als eine Seite; das Handout ist daher als schlichter Fließtext gesetzt. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The template {name} was not found.</source>
        <translation>Die Vorlage {name} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Choose a PowerPoint template (.pptx or .potx) or one of the built-in templates.</source>
        <translation>Wählen Sie eine PowerPoint-Vorlage (.pptx oder .potx) oder eine der mitgelieferten Vorlagen.</translation>
    </message>
    <message>
        <source>{name} is not a PowerPoint template.</source>
        <translation>{name} ist keine PowerPoint-Vorlage.</translation>
    </message>
    <message>
        <source>Use a .pptx or .potx file saved by PowerPoint, Keynote or LibreOffice Impress.</source>
        <translation>Verwenden Sie eine .pptx- oder .potx-Datei, die mit PowerPoint, Keynote oder LibreOffice Impress gespeichert wurde.</translation>
    </message>
    <message>
        <source>The template {name} could not be read ({reason}).</source>
        <translation>Die Vorlage {name} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a valid PowerPoint file (it may be damaged or only renamed).</source>
        <translation>{name} ist keine gültige PowerPoint-Datei (sie ist vielleicht beschädigt oder nur umbenannt).</translation>
    </message>
    <message>
        <source>Open it in PowerPoint and save it again as .pptx or .potx.</source>
        <translation>Öffnen Sie die Datei in PowerPoint und speichern Sie sie erneut als .pptx oder .potx.</translation>
    </message>
    <message>
        <source>{name} could not be opened as a PowerPoint template.</source>
        <translation>{name} konnte nicht als PowerPoint-Vorlage geöffnet werden.</translation>
    </message>
    <message>
        <source>{name} has no slide layouts.</source>
        <translation>{name} enthält keine Folienlayouts.</translation>
    </message>
    <message>
        <source>Choose another template.</source>
        <translation>Wählen Sie eine andere Vorlage.</translation>
    </message>
    <message>
        <source>{name} is too large once unpacked; Briefing Desk reads templates that unpack to at most {limit} in at most {members} parts.</source>
        <translation>{name} ist entpackt zu groß; Briefing Desk liest Vorlagen, die entpackt höchstens {limit} in höchstens {members} Teilen umfassen.</translation>
    </message>
    <message>
        <source>Open it in PowerPoint or Word and save it again, or choose another template.</source>
        <translation>Öffnen Sie sie in PowerPoint oder Word und speichern Sie sie erneut, oder wählen Sie eine andere Vorlage.</translation>
    </message>
    <message>
        <source>No layout named like &apos;{role}&apos;; used &apos;{layout}&apos; (by its placeholders).</source>
        <translation>Kein Layout mit einem Namen wie „{role}“; verwendet wurde „{layout}“ (nach seinen Platzhaltern).</translation>
    </message>
    <message>
        <source>The template has no layout with a title and a text placeholder; used &apos;{layout}&apos; and added text boxes where placeholders were missing.</source>
        <translation>Die Vorlage hat kein Layout mit Titel- und Textplatzhalter; verwendet wurde „{layout}“, fehlende Platzhalter wurden durch Textfelder ersetzt.</translation>
    </message>
    <message>
        <source>No &apos;{role}&apos; layout in the template; those slides use &apos;{layout}&apos;.</source>
        <translation>Kein Layout „{role}“ in der Vorlage; diese Folien verwenden „{layout}“.</translation>
    </message>
    <message>
        <source>The template contained {count} example slide(s); they were left out of the deck.</source>
        <translation>Die Vorlage enthielt {count} Beispielfolie(n); sie wurden nicht in die Präsentation übernommen.</translation>
    </message>
    <message>
        <source>The Word document “{name}” is damaged or incomplete and cannot be read.</source>
        <extracomment>Author names that programs write into files they create, not people.</extracomment>
        <translation>Das Word-Dokument „{name}“ ist beschädigt oder unvollständig und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This Word document is damaged or incomplete and cannot be read.</source>
        <translation>Dieses Word-Dokument ist beschädigt oder unvollständig und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Open it in Word and save it again, or copy the article text and paste it.</source>
        <translation>Öffnen Sie es in Word und speichern Sie es erneut, oder kopieren Sie den Artikeltext und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>No article text was found in the web page “{name}”.</source>
        <extracomment>Line rules applied to trafilatura&apos;s output. Headline guessing is off (trafilatura keeps the title apart; only a first line equal to it is taken out). Codecs that are text encodings to Python but never a web page&apos;s charset: decoding a page with them fails (&quot;idna&quot; refuses errors=&quot;replace&quot;) or takes quadratic time. A declared UTF-16/32 without a byte-order mark is a mistake (HTML reads it as UTF-8).</extracomment>
        <translation>Auf der Webseite „{name}“ wurde kein Artikeltext gefunden.</translation>
    </message>
    <message>
        <source>No article text was found in the pasted web page.</source>
        <translation>In der eingefügten Webseite wurde kein Artikeltext gefunden.</translation>
    </message>
    <message>
        <source>The page may load its text with scripts, which are never run here. Select the article in your browser, copy it and paste it instead.</source>
        <translation>Die Seite lädt ihren Text vielleicht per Skript nach; Skripte werden hier nie ausgeführt. Wählen Sie den Artikel stattdessen im Browser aus, kopieren Sie ihn und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>There is nothing to import: the pasted text is empty.</source>
        <translation>Es gibt nichts zu importieren: Der eingefügte Text ist leer.</translation>
    </message>
    <message>
        <source>Copy the article in your browser or word processor first, then paste.</source>
        <translation>Kopieren Sie den Artikel zuerst im Browser oder in der Textverarbeitung und fügen Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>No pages were chosen.</source>
        <translation>Es wurden keine Seiten ausgewählt.</translation>
    </message>
    <message>
        <source>Choose the files of the article&apos;s pages in order.</source>
        <translation>Wählen Sie die Dateien der Artikelseiten in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>Page {page_number} ({page_file}): {page_problem}</source>
        <translation>Seite {page_number} ({page_file}): {page_problem}</translation>
    </message>
    <message>
        <source>The file “{name}” is empty.</source>
        <translation>Die Datei „{name}“ ist leer.</translation>
    </message>
    <message>
        <source>It may not have been saved completely; save or download it again.</source>
        <translation>Vielleicht wurde sie nicht vollständig gespeichert. Speichern Sie sie erneut oder laden Sie sie noch einmal herunter.</translation>
    </message>
    <message>
        <source>“{name}” contains only blank space — there is no text to import.</source>
        <translation>„{name}“ enthält nur Leerraum – es gibt keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>Check that you chose the right file, or copy the article text and paste it.</source>
        <translation>Prüfen Sie, ob Sie die richtige Datei gewählt haben, oder kopieren Sie den Artikeltext und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Only web page clutter (menus, share buttons, page numbers …) was found in “{name}”.</source>
        <translation>In „{name}“ wurden nur Seitenelemente einer Webseite gefunden (Menüs, Teilen-Schaltflächen, Seitenzahlen …).</translation>
    </message>
    <message>
        <source>Check that the article text itself was copied, not just the page around it.</source>
        <translation>Prüfen Sie, ob der Artikeltext selbst kopiert wurde und nicht nur die Seite drumherum.</translation>
    </message>
    <message>
        <source>“{name}” holds {size} characters of text; Briefing Desk reads articles of up to {limit} characters.</source>
        <translation>„{name}“ enthält {size} Zeichen Text; Briefing Desk liest Artikel mit bis zu {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Copy the part of the text you need and paste it as its own article.</source>
        <translation>Kopieren Sie den benötigten Teil des Textes und fügen Sie ihn als eigenen Artikel ein.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (probably a scan). OCR is not supported yet; copy the text from another source or paste it.</source>
        <extracomment>Pages read from one PDF: articles and e-paper issues have far fewer; a 10,000-page file took minutes. Later pages are listed as not read (reason ``UNREAD_PAGES``). Fewer letters than this on all pages together means there is no usable text layer.</extracomment>
        <translation>Dieses PDF hat keine Textebene (vermutlich ein Scan). Texterkennung (OCR) wird noch nicht unterstützt; kopieren Sie den Text aus einer anderen Quelle oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted with AES, which this installation cannot decrypt.</source>
        <translation>„{name}“ ist mit AES verschlüsselt, was diese Installation nicht entschlüsseln kann.</translation>
    </message>
    <message>
        <source>Install Briefing Desk again with all its parts, or open the PDF in a viewer and copy the text.</source>
        <translation>Installieren Sie Briefing Desk vollständig neu, oder öffnen Sie das PDF in einem Betrachter und kopieren Sie den Text.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password.</source>
        <translation>„{name}“ ist durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>Dieses PDF ist durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and copy the text, or save an unprotected copy.</source>
        <translation>Öffnen Sie die Datei in einem PDF-Viewer und kopieren Sie den Text, oder speichern Sie eine ungeschützte Kopie.</translation>
    </message>
    <message>
        <source>The PDF “{name}” is damaged or incomplete and cannot be read.</source>
        <translation>Das PDF „{name}“ ist beschädigt oder unvollständig und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This PDF is damaged or incomplete and cannot be read.</source>
        <translation>Dieses PDF ist beschädigt oder unvollständig und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Download or export it again, or copy the article text and paste it.</source>
        <translation>Laden Sie es erneut herunter oder exportieren Sie es neu, oder kopieren Sie den Artikeltext und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>This file is too large to import (more than {size}; the limit is {limit}).</source>
        <extracomment>Text, Markdown and web pages: 20 MB is hundreds of long articles; anything larger is a log file, a database dump or a mistake, and would freeze the text view. Saved web pages may inline their pictures as base64 (&quot;single file&quot; saves). Word and PDF files carry pictures and fonts, so they may be larger for the same text.</extracomment>
        <translation>Diese Datei ist zu groß für den Import (mehr als {size}; die Grenze liegt bei {limit}).</translation>
    </message>
    <message>
        <source>This file is too large to import ({size}; the limit is {limit}).</source>
        <translation>Diese Datei ist zu groß für den Import ({size}; die Grenze liegt bei {limit}).</translation>
    </message>
    <message>
        <source>Copy the article text out of it and paste it, or save only the article page.</source>
        <translation>Kopieren Sie den Artikeltext daraus und fügen Sie ihn ein, oder speichern Sie nur die Seite mit dem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a file.</source>
        <translation>„{name}“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Choose the article file inside it.</source>
        <translation>Wählen Sie die Artikeldatei darin aus.</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (a pipe, socket or device), so it is not read.</source>
        <translation>„{name}“ ist keine gewöhnliche Datei (eine Pipe, ein Socket oder ein Gerät) und wird daher nicht gelesen.</translation>
    </message>
    <message>
        <source>Save the article as a file first, then import that file.</source>
        <translation>Speichern Sie den Artikel zuerst als Datei und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>The file “{name}” was not found.</source>
        <translation>Die Datei „{name}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; choose it again.</source>
        <translation>Sie wurde vielleicht verschoben, umbenannt oder gelöscht; wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Briefing Desk is not allowed to read “{name}” (permission denied).</source>
        <translation>Briefing Desk darf „{name}“ nicht lesen (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>Copy the file to a folder of your own, or ask the owner for read access.</source>
        <translation>Kopieren Sie die Datei in einen eigenen Ordner, oder bitten Sie den Eigentümer um Leserechte.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>„{name}“ konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check that the drive or network share is available and try again.</source>
        <translation>Prüfen Sie, ob das Laufwerk oder die Netzwerkfreigabe erreichbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” is a PNG image, not a text file or document with an article.</source>
        <extracomment>File name endings the import understands, for open dialogs and messages.</extracomment>
        <translation>„{name}“ ist ein PNG-Bild – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a JPEG image, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein JPEG-Bild – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a GIF image, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein GIF-Bild – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a TIFF image, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein TIFF-Bild – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an icon file, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine Symboldatei – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an old-style Microsoft Office file (.doc, .xls or .ppt), not a text file or document with an article.</source>
        <translation>„{name}“ ist eine alte Microsoft-Office-Datei (.doc, .xls oder .ppt) – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an RTF document, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein RTF-Dokument – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a gzip archive, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein gzip-Archiv – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a 7-Zip archive, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein 7-Zip-Archiv – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a RAR archive, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein RAR-Archiv – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a bzip2 archive, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein bzip2-Archiv – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an xz archive, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein xz-Archiv – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a ZIP archive, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein ZIP-Archiv – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a program, not a text file or document with an article.</source>
        <translation>„{name}“ ist ein Programm – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a database file, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine Datenbankdatei – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an audio file, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine Audiodatei – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an audio or video file, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine Audio- oder Videodatei – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a video file, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine Videodatei – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an image, audio or video file, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine Bild-, Audio- oder Videodatei – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a video or photo file, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine Video- oder Fotodatei – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an OpenDocument text (.odt), not a text file or document with an article.</source>
        <translation>„{name}“ ist ein OpenDocument-Text (.odt) – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is a PowerPoint presentation, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine PowerPoint-Präsentation – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an Excel workbook, not a text file or document with an article.</source>
        <translation>„{name}“ ist eine Excel-Arbeitsmappe – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>“{name}” is an e-book (.epub), not a text file or document with an article.</source>
        <translation>„{name}“ ist ein E-Book (.epub) – keine Textdatei und kein Dokument mit einem Artikel.</translation>
    </message>
    <message>
        <source>Briefing Desk imports text (.txt, .md), web pages (.html, .htm), Word (.docx) and PDF (.pdf).</source>
        <translation>Briefing Desk importiert Text (.txt, .md), Webseiten (.html, .htm), Word (.docx) und PDF (.pdf).</translation>
    </message>
    <message>
        <source>Save it as .docx or plain text in your word processor, or copy and paste the text.</source>
        <translation>Speichern Sie die Datei in Ihrer Textverarbeitung als .docx oder als reinen Text, oder kopieren Sie den Text und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Open it in Word and save it as .docx.</source>
        <translation>Öffnen Sie die Datei in Word und speichern Sie sie als .docx.</translation>
    </message>
    <message>
        <source>Save it as .docx in your word processor, or copy and paste the text.</source>
        <translation>Speichern Sie die Datei in Ihrer Textverarbeitung als .docx, oder kopieren Sie den Text und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid PDF file (it may be damaged or only partly downloaded).</source>
        <translation>„{name}“ ist keine gültige PDF-Datei (sie ist vielleicht beschädigt oder nur teilweise heruntergeladen).</translation>
    </message>
    <message>
        <source>Download or export the PDF again.</source>
        <translation>Laden Sie das PDF erneut herunter oder exportieren Sie es neu.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid Word document (it may be damaged or only partly copied).</source>
        <translation>„{name}“ ist kein gültiges Word-Dokument (es ist vielleicht beschädigt oder nur teilweise kopiert).</translation>
    </message>
    <message>
        <source>Open it in Word and save it again as .docx, or copy and paste the text.</source>
        <translation>Öffnen Sie es in Word und speichern Sie es erneut als .docx, oder kopieren Sie den Text und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>“{name}” does not contain text: it looks like binary data under a text file name.</source>
        <translation>„{name}“ enthält keinen Text: Die Datei sieht nach Binärdaten unter dem Namen einer Textdatei aus.</translation>
    </message>
    <message>
        <source>Check that you chose the right file. Briefing Desk imports text (.txt, .md), web pages (.html, .htm), Word (.docx) and PDF (.pdf).</source>
        <translation>Prüfen Sie, ob Sie die richtige Datei gewählt haben. Briefing Desk importiert Text (.txt, .md), Webseiten (.html, .htm), Word (.docx) und PDF (.pdf).</translation>
    </message>
    <message>
        <source>“{name}” is not a format Briefing Desk can import.</source>
        <translation>„{name}“ hat kein Format, das Briefing Desk importieren kann.</translation>
    </message>
    <message>
        <source>Supported are text (.txt, .md), web pages (.html, .htm), Word (.docx) and PDF (.pdf); or copy the article text and paste it.</source>
        <translation>Unterstützt werden Text (.txt, .md), Webseiten (.html, .htm), Word (.docx) und PDF (.pdf); oder kopieren Sie den Artikeltext und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as text: its character encoding is not recognised.</source>
        <translation>„{name}“ konnte nicht als Text gelesen werden: Die Zeichenkodierung wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>The text could not be read: its character encoding is not recognised.</source>
        <translation>Der Text konnte nicht gelesen werden: Die Zeichenkodierung wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 in your editor, or copy the text and paste it.</source>
        <translation>Speichern Sie die Datei in Ihrem Editor erneut als UTF-8, oder kopieren Sie den Text und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>The project file {name} does not exist.</source>
        <translation>Die Projektdatei {name} existiert nicht.</translation>
    </message>
    <message>
        <source>Check the name and folder.</source>
        <translation>Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a project file.</source>
        <translation>{name} ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a pipe or a device), so it is not read as a project.</source>
        <translation>{name} ist keine gewöhnliche Datei (eine Pipe oder ein Gerät) und wird daher nicht als Projekt gelesen.</translation>
    </message>
    <message>
        <source>Open a .briefing file saved with Briefing Desk.</source>
        <translation>Öffnen Sie eine mit Briefing Desk gespeicherte .briefing-Datei.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>{name} is empty; it holds no project.</source>
        <translation>{name} ist leer und enthält kein Projekt.</translation>
    </message>
    <message>
        <source>It may have been cut off while copying.</source>
        <translation>Die Datei wurde vielleicht beim Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>{name} is not a Briefing Desk project file.</source>
        <translation>{name} ist keine Projektdatei von Briefing Desk.</translation>
    </message>
    <message>
        <source>Open a .briefing file, or import articles with File › Import.</source>
        <translation>Öffnen Sie eine .briefing-Datei, oder importieren Sie Artikel mit Datei › Artikel importieren.</translation>
    </message>
    <message>
        <source>{name} is a database, but not a Briefing Desk project.</source>
        <translation>{name} ist eine Datenbank, aber kein Projekt von Briefing Desk.</translation>
    </message>
    <message>
        <source>Open a .briefing file made with Briefing Desk.</source>
        <translation>Öffnen Sie eine mit Briefing Desk erstellte .briefing-Datei.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Briefing Desk (file format {version}; this version reads up to {supported}).</source>
        <translation>{name} wurde mit einer neueren Version von Briefing Desk gespeichert (Dateiformat {version}; diese Version liest Dateiformate bis {supported}).</translation>
    </message>
    <message>
        <source>Update Briefing Desk to open it. The file was not changed.</source>
        <translation>Aktualisieren Sie Briefing Desk, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened.</source>
        <translation>{name} ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open a backup, or check for a recovered copy offered at start-up. The file was not changed.</source>
        <translation>Öffnen Sie eine Sicherungskopie, oder achten Sie beim Start auf eine angebotene wiederhergestellte Kopie. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({reason}).</source>
        <translation>{name} konnte nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{name} could not be saved ({reason}).</source>
        <translation>{name} konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Try another name or folder; your work is still open.</source>
        <translation>Versuchen Sie einen anderen Namen oder Ordner; Ihre Arbeit ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: its field “{field}” holds a value Briefing Desk never writes there.</source>
        <translation>{name} kann nicht geöffnet werden: Das Feld „{field}“ enthält einen Wert, den Briefing Desk dort nie schreibt.</translation>
    </message>
    <message>
        <source>The file is damaged or was changed by another program; open a backup. The file was not changed.</source>
        <translation>Die Datei ist beschädigt oder wurde von einem anderen Programm verändert; öffnen Sie eine Sicherungskopie. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{count} mark(s) in “{name}” belong to no article of the project and were left out; saving the project removes them for good.</source>
        <extracomment>Most articles and marks one project may hold (far beyond real use; a crafted file with millions of rows is refused instead of filling the memory).</extracomment>
        <translation>{count} Markierung(en) in „{name}“ gehören zu keinem Artikel des Projekts und wurden weggelassen; beim Speichern des Projekts werden sie endgültig entfernt.</translation>
    </message>
    <message>
        <source>{count} mark(s) in “{name}” did not match their article&apos;s text and were placed again by their quoted words; any not found are marked “needs review”.</source>
        <translation>{count} Markierung(en) in „{name}“ passten nicht zum Text ihres Artikels und wurden anhand ihres Wortlauts neu gesetzt; nicht gefundene sind als „Zu prüfen“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>The project could not be written ({reason}).</source>
        <translation>Das Projekt konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Check free disk space and try again.</source>
        <translation>Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Layout &apos;{layout}&apos; has no title placeholder; titles were added as text boxes.</source>
        <extracomment>A tile or card: the annotation ids it shows and its paragraphs. Sizes of a takeaway title and the section name above it, before shrinking to fit the title box.</extracomment>
        <translation>Das Layout „{layout}“ hat keinen Titelplatzhalter; Titel wurden als Textfelder eingefügt.</translation>
    </message>
    <message>
        <source>The slide title &apos;{title}&apos; is too long for its box; shorten it.</source>
        <translation>Der Folientitel „{title}“ ist zu lang für sein Feld; bitte kürzen.</translation>
    </message>
    <message>
        <source>Layout &apos;{layout}&apos; has no text placeholder; content was added as text boxes.</source>
        <translation>Das Layout „{layout}“ hat keinen Textplatzhalter; Inhalte wurden als Textfelder eingefügt.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; did not fit on one slide and continues on the next.</source>
        <translation>„{title}“ passte nicht auf eine Folie und wird auf der nächsten fortgesetzt.</translation>
    </message>
    <message>
        <source>A long entry under &apos;{title}&apos; may overflow; shorten it.</source>
        <translation>Ein langer Eintrag unter „{title}“ passt womöglich nicht auf die Folie; bitte kürzen.</translation>
    </message>
    <message>
        <source>Text in &apos;{box}&apos; is long and may not fit its box; shorten it.</source>
        <translation>Der Text in „{box}“ ist lang und passt womöglich nicht in sein Feld; bitte kürzen.</translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} seconds, so it was stopped; the file is damaged or was made to keep the app busy.</source>
        <extracomment>Seconds one statement may run. Reading a large real project takes well under a second per statement; a crafted query that never ends is stopped here. Largest single value (an article&apos;s text or original bytes) SQLite hands over. Memory SQLite may use in this process (temporary tables and sorting included). SQLite virtual-machine steps between two looks at the clock.</extracomment>
        <translation>Das Lesen von {name} dauerte länger als {seconds} Sekunden und wurde abgebrochen; die Datei ist beschädigt oder wurde gebaut, um die App zu beschäftigen.</translation>
    </message>
    <message>
        <source>Ask the sender for a new copy. The file was not changed.</source>
        <translation>Bitten Sie den Absender um eine neue Kopie. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{name} contains database views, triggers or virtual tables that Briefing Desk never writes, so it is not opened and nothing in it runs.</source>
        <translation>{name} enthält Datenbank-Sichten, Trigger oder virtuelle Tabellen, die Briefing Desk nie schreibt; sie wird daher nicht geöffnet, und nichts darin wird ausgeführt.</translation>
    </message>
    <message>
        <source>Ask the sender to save the project again with Briefing Desk.</source>
        <translation>Bitten Sie den Absender, das Projekt erneut mit Briefing Desk zu speichern.</translation>
    </message>
    <message>
        <source>{name} has tables or columns that Briefing Desk does not write, so it is not opened.</source>
        <translation>{name} hat Tabellen oder Spalten, die Briefing Desk nicht schreibt, und wird daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>It was changed by another program or is damaged; open a backup. The file was not changed.</source>
        <translation>Sie wurde von einem anderen Programm verändert oder ist beschädigt; öffnen Sie eine Sicherungskopie. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({reason}).</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({reason}).</translation>
    </message>
    <message>
        <source>Run the command again with --debug to see the details.</source>
        <translation>Führen Sie den Befehl mit --debug erneut aus, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>The details are in the log file {log}; please send it with your report.</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei {log}; bitte senden Sie sie mit Ihrer Meldung.</translation>
    </message>
    <message>
        <source>The installation is incomplete: {files} not found in {folder}.</source>
        <translation>Die Installation ist unvollständig: {files} nicht gefunden in {folder}.</translation>
    </message>
    <message>
        <source>Reinstall Briefing Desk.</source>
        <translation>Installieren Sie Briefing Desk neu.</translation>
    </message>
    <message>
        <source>{name} could not be opened as a Word template.</source>
        <translation>{name} konnte nicht als Word-Vorlage geöffnet werden.</translation>
    </message>
    <message>
        <source>Choose a .docx or .dotx file saved by Word or LibreOffice.</source>
        <translation>Wählen Sie eine .docx- oder .dotx-Datei, die mit Word oder LibreOffice gespeichert wurde.</translation>
    </message>
    <message>
        <source>The Word template has no style &apos;{style}&apos;; the normal style was used.</source>
        <translation>Die Word-Vorlage hat keine Formatvorlage „{style}“; es wurde die Standardformatvorlage verwendet.</translation>
    </message>
    <message>
        <source>This article has {size} characters; Briefing Desk analyses articles of up to {limit} characters.</source>
        <extracomment>Longest text the analyser takes (characters). Analysis is linear, about 3 s per million characters here; 5 million is hundreds of long articles, while a 19 MB text ran for minutes. Import refuses longer articles with the same limit.</extracomment>
        <translation>Dieser Artikel hat {size} Zeichen; Briefing Desk analysiert Artikel mit bis zu {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Import the part of the text you need as its own article.</source>
        <translation>Importieren Sie den benötigten Teil des Textes als eigenen Artikel.</translation>
    </message>
    <message>
        <source>This web page has an element with {found} attributes; Briefing Desk reads pages with up to {limit} per element.</source>
        <extracomment>Attributes in the whole page. Elements in the whole page. How deep elements may nest (counted loosely: unclosed paragraphs count as open).</extracomment>
        <translation>Diese Webseite hat ein Element mit {found} Attributen; Briefing Desk liest Seiten mit bis zu {limit} je Element.</translation>
    </message>
    <message>
        <source>This web page has {found} attributes; Briefing Desk reads pages with up to {limit}.</source>
        <translation>Diese Webseite hat {found} Attribute; Briefing Desk liest Seiten mit bis zu {limit}.</translation>
    </message>
    <message>
        <source>This web page has {found} elements; Briefing Desk reads pages with up to {limit}.</source>
        <translation>Diese Webseite hat {found} Elemente; Briefing Desk liest Seiten mit bis zu {limit}.</translation>
    </message>
    <message>
        <source>This web page nests its elements {found} levels deep; Briefing Desk reads pages up to {limit} levels.</source>
        <translation>Diese Webseite verschachtelt ihre Elemente {found} Ebenen tief; Briefing Desk liest Seiten bis zu {limit} Ebenen.</translation>
    </message>
    <message>
        <source>Select the article in your browser, copy it and paste it instead.</source>
        <translation>Markieren Sie den Artikel im Browser, kopieren Sie ihn und fügen Sie ihn stattdessen ein.</translation>
    </message>
    <message>
        <source>“{name}” holds {count} packed files; Briefing Desk reads Word files with up to {limit}.</source>
        <translation>„{name}“ enthält {count} gepackte Dateien; Briefing Desk liest Word-Dateien mit bis zu {limit}.</translation>
    </message>
    <message>
        <source>“{name}” unpacks to more than {size}; Briefing Desk reads Word files that unpack to at most {limit}.</source>
        <translation>„{name}“ wird entpackt größer als {size}; Briefing Desk liest Word-Dateien, die entpackt höchstens {limit} groß sind.</translation>
    </message>
    <message>
        <source>“{name}” unpacks to {size}; Briefing Desk reads Word files that unpack to at most {limit}.</source>
        <translation>„{name}“ wird entpackt {size} groß; Briefing Desk liest Word-Dateien, die entpackt höchstens {limit} groß sind.</translation>
    </message>
    <message>
        <source>Open it in Word and copy the article text, then paste it.</source>
        <translation>Öffnen Sie sie in Word, kopieren Sie den Artikeltext und fügen Sie ihn ein.</translation>
    </message>
</context>
</TS>
