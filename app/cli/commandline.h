#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace recdesk::cli {

// What the user asked for, parsed and checked for shape (not for content).
struct CliOptions
{
    // Connection
    QString profile;
    bool demo = false;
    QString demoDir; // empty: per-user data dir
    bool demoLive = false;
    // Output
    bool json = false;
    bool quiet = false;
    bool progress = false; // force progress on stderr even when it is not a terminal
    // recordings list/show and send-to-analytics: no look-ups of calls and agents (no who-and-what
    // columns, no metadata pre-filled from the call)
    bool noLookup = false;
    // Command: e.g. {"files", "list"}, {"upload"}, {"profile", "set"}
    QString command;
    QString action;
    QStringList arguments; // ids, files, profile name
    // Command options
    int limit = -1;
    QDate from;           // list: created on or after this local day (invalid: open)
    QDate to;             // list: created on or before this local day (invalid: open)
    QString toDirectory;  // downloads
    QString uploadTarget; // upload --to
    QString metadataFile;
    QStringList metadataFlags; // "Key=Value" from the metadata shortcut options
    QString name;
    QString detail;
    int concurrency = 3;
    // reviews export
    QString exportFormat = QStringLiteral("csv"); // csv or json (--format, or --json)
    QString outputFile;                           // empty: standard output
    QString reviewState;                          // a ReviewState key; empty: every state
    // profile set
    QStringList profileSettings; // "key=value"
    QString secretName;          // profile secret NAME KIND
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Result { Run, Help, Version, Error };
    // Fills options; on Help/Version/Error, *text holds what to print.
    static Result parse(const QStringList &arguments, CliOptions *options, QString *text);
    static QString usage();
};

} // namespace recdesk::cli
