#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace recdesk::cli {

// Results on standard output (a table or JSON), everything else on standard error: notes,
// progress and error sentences (the same sentences as the GUI).
class Output
{
public:
    Output(bool json, bool quiet, bool forceProgress);

    bool isJson() const { return m_json; }
    void table(const QStringList &headers, const QList<QStringList> &rows) const;
    void keyValues(const QList<QPair<QString, QString>> &pairs) const;
    void json(const QJsonValue &value) const;
    // Bytes for another program (an export), exactly as given.
    void data(const QByteArray &bytes) const;
    void note(const QString &text) const;
    void error(const QString &text) const;
    // One line that replaces itself on a terminal.
    void progress(const QString &line);
    void endProgress();
    bool showsProgress() const { return m_progress; }

private:
    bool m_json;
    bool m_quiet;
    bool m_progress;
    bool m_terminal;
    int m_lastLength = 0;
};

} // namespace recdesk::cli
