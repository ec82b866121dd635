<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%1 is busy: try again in %n second(s)</source>
        <translation>
            <numerusform>%1 is busy: try again in %n second</numerusform>
            <numerusform>%1 is busy: try again in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferSummary</name>
    <message numerus="yes">
        <source>%Ln transfer(s) done</source>
        <translation>
            <numerusform>%Ln transfer done</numerusform>
            <numerusform>%Ln transfers done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::DownloadJob</name>
    <message numerus="yes">
        <source>The download server cut the connection %n time(s) and would not resume: it sent the file from the start again instead of the missing part.</source>
        <translation>
            <numerusform>The download server cut the connection %n time and would not resume: it sent the file from the start again instead of the missing part.</numerusform>
            <numerusform>The download server cut the connection %n times and would not resume: it sent the file from the start again instead of the missing part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The download server sent nothing new for %n minute(s), over several tries; Recdesk gave up. Try again later.</source>
        <translation>
            <numerusform>The download server sent nothing new for %n minute, over several tries; Recdesk gave up. Try again later.</numerusform>
            <numerusform>The download server sent nothing new for %n minutes, over several tries; Recdesk gave up. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::ReplyGuard</name>
    <message numerus="yes">
        <source>The server did not start its answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not start its answer within %n second.</numerusform>
            <numerusform>The server did not start its answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer did not end within %n second(s) (it trickled in, or had no end).</source>
        <translation>
            <numerusform>The server&apos;s answer did not end within %n second (it trickled in, or had no end).</numerusform>
            <numerusform>The server&apos;s answer did not end within %n seconds (it trickled in, or had no end).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::cli::CommandRunner</name>
    <message numerus="yes">
        <source>%n item(s) so far...</source>
        <translation>
            <numerusform>%n item so far...</numerusform>
            <numerusform>%n items so far...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out: %1</source>
        <translation>
            <numerusform>%n row could not be read and was left out: %1</numerusform>
            <numerusform>%n rows could not be read and were left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n review row to %1.</numerusform>
            <numerusform>Exported %n review rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::DragExport</name>
    <message numerus="yes">
        <source>%n item(s) were still being fetched when they were dropped; drag them again in a moment.</source>
        <translation>
            <numerusform>%n item was still being fetched when it was dropped; drag it again in a moment.</numerusform>
            <numerusform>%n items were still being fetched when they were dropped; drag them again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::FilesView</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln recording(s) were left out: only ended recordings can be downloaded.</source>
        <translation>
            <numerusform>%Ln recording was left out: only ended recordings can be downloaded.</numerusform>
            <numerusform>%Ln recordings were left out: only ended recordings can be downloaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review row(s) exported to %1.</source>
        <translation>
            <numerusform>%n review row exported to %1.</numerusform>
            <numerusform>%n review rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::RecordingsView</name>
    <message numerus="yes">
        <source>%Ln recording(s)</source>
        <translation>
            <numerusform>%Ln recording</numerusform>
            <numerusform>%Ln recordings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::UploadDialog</name>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before uploading.</source>
        <translation>
            <numerusform>%Ln problem to fix before uploading.</numerusform>
            <numerusform>%Ln problems to fix before uploading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) ready to upload.</source>
        <translation>
            <numerusform>%Ln file ready to upload.</numerusform>
            <numerusform>%Ln files ready to upload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recdesk::gui::WaveformWidget</name>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
</context>
</TS>
