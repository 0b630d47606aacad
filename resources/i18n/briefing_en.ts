<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved briefing project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles from files (text, HTML, Word, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an article from copied text; page furniture is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append &amp;Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next page of the current article from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Article from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current article with a newer version from a file; its marks move along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Article from Pa&amp;ste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current article with a newer version from the clipboard; its marks move along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current article and its marks from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for quotes, figures and figure errors again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Key Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected name as a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a note to the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the selected mark in the briefing or leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the corrected value on the figure mark (the article stays as published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Removed Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the lines import removed from the article, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import, paste or open an article, a recent project or the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Article Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Marks List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Briefing Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder with the app&apos;s log file, to send it with a problem report</source>
        <translation></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide to the app, from article to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command with its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool Bar &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the names of the tool bar buttons under their icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the briefing: meeting, messages and the order of its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view Handout and Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the handout and the slides as they will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected briefing item up (into the previous section at the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected briefing item down (into the next section at the bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the handout and slide previews again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PowerPoint deck and the PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>In the &amp;briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. investment, risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct (verbatim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peech:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true value, e.g. 1,2 Bio. or 1200000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR, CNY, percent, Projekte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct or indirect speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation or paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mark in the text or in the list to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the analysis (confidence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: the text moved since this was marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number. Examples: 1,2 Bio. · 16 Mrd. · 4300 · 1.2e12</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: the text moved since this was marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include in briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out of briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text and press Q, F, K, P or N to mark it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article. Import one with Ctrl+I, paste one with Ctrl+Shift+V or drop a file here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingItemsModel</name>
    <message numerus="yes">
        <source>The outputs open this section with %n text(s) typed on the Meeting tab.</source>
        <translation>
            <numerusform>The outputs open this section with %n text typed on the Meeting tab.</numerusform>
            <numerusform>The outputs open this section with %n texts typed on the Meeting tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited for the outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingUi</name>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitedSourcesModel</name>
    <message numerus="yes">
        <source>%n item(s) from this article</source>
        <translation>
            <numerusform>%n item from this article</numerusform>
            <numerusform>%n items from this article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message>
        <source>Sources (derived from the items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag items to reorder them or move them to another section (Ctrl+Up/Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Project counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending</source>
        <translation>
            <numerusform>%n suggestion pending</numerusform>
            <numerusform>%n suggestions pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>counted noun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported speech continued (subjunctive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct speech continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotation marks (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit shared with the next figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“according to”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“dozen”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Already Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is already marked as %1. Add a second mark anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Second Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Existing One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing projects (*.briefing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Article from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Desk was not closed properly. Recover which project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Desk was not closed properly. Unsaved changes to “%1” from %2 can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Briefing (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Opened with Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PowerPoint deck (.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint deck path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint decks (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF handout (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF handout path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word briefing (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word briefing path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the &amp;author in the file properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave room for &amp;notes in the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own template: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing was exported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check these points before you send it on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the handout for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingNotice</name>
    <message>
        <source>Apply Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the corrected value on the figure mark; the article text stays as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked and harmless: no longer counted or flagged (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure check warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Likely scale error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale word missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion does not match the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate value converted as exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German &apos;Billion&apos; is a trillion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>✓ applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Dismiss finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure check findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the corrected value on the figure mark; the article text stays as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked and harmless: no longer counted or flagged (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the figure checks found nothing to question in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Handout pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy an article&apos;s text in the browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning the pasted text …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Paste Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasting article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Append Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the new version …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Update Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ranslation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to shorten it or add a translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the wording in the output language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure check: open finding (see the Marks or Figure Checks panel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sample briefing: a made-up article to try the app. Save it under a name of yours to keep changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
From press articles to checked executive briefings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkReviewDialog</name>
    <message>
        <source>Review Marks After the Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These marks did not land on the same words in the new version. Keep each one, select its text in the article and re-attach it, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found similar text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the mark&apos;s text in the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <source>Mark quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is already marked; the existing mark is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out of briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include in briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Delegation visit to the Taicang industrial park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit counterpart organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own marking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own classification marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking printed on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change output language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few sentences; an empty line starts a new paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reactive talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: if they raise … → our line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their p&amp;articipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classi&amp;fication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive &amp;summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions to raise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactive points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputDialogs</name>
    <message>
        <source>Choose a PowerPoint Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <extracomment>A change touching this many marks (a re-analysis, Accept All) reloads the people later.</extracomment>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person mark(s)</source>
        <translation>
            <numerusform>%n person mark</numerusform>
            <numerusform>%n person marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected people one person: the current one keeps its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet: mark a person (P) or give a quote its speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used in %n quote(s)</source>
        <translation>
            <numerusform>Used in %n quote</numerusform>
            <numerusform>Used in %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person mark(s)</source>
        <translation>
            <numerusform>%n person mark</numerusform>
            <numerusform>%n person marks</numerusform>
        </translation>
    </message>
    <message>
        <source>Possibly the same person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Briefing Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&amp;Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovedPanel</name>
    <message>
        <source>Removed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected lines back into the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed on import</source>
        <translation>
            <numerusform>%n line removed on import</numerusform>
            <numerusform>%n lines removed on import</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore removed text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovedReason</name>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadcrumb trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo gallery or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicker above the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page header</source>
        <translation></translation>
    </message>
    <message>
        <source>Page below the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the page repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the author or the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF pages not read (page limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsTree</name>
    <message>
        <source>Briefing sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <source>Approximate preview of the slides: the exported deck uses the layouts, fonts and colours of the chosen template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this was suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every pending suggestion of the chosen kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review. Enter accepts, Del rejects, J/K moves.</source>
        <translation>
            <numerusform>%n suggestion to review. Enter accepts, Del rejects, J/K moves.</numerusform>
            <numerusform>%n suggestions to review. Enter accepts, Del rejects, J/K moves.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeawayEdit</name>
    <message>
        <source>Takeaway of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takeaway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters too long for a slide title (at most %2); shorten it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section to write its takeaway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what “%1” shows, in one sentence; it becomes the slide title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit takeaway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Classic: white slides, navy accent, Arial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern: teal accent panel on the title slide, Calibri</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a press article, review the quotes and figures the app suggests, and export a checked briefing as slides and a handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, web page (HTML), Word or PDF; you can also drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article copied from the browser; page furniture is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved briefing project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up article with a prepared briefing, to try the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? The sample briefing shows every step on a made-up article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
