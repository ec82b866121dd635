#include "output.h"

#include "domain/safetext.h"

#include <cstdio>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#define isatty _isatty
#define STDERR_FILENO 2
#else
#include <unistd.h>
#endif

namespace recdesk::cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

Output::Output(bool json, bool quiet, bool forceProgress)
    : m_json(json)
    , m_quiet(quiet)
    , m_terminal(isatty(STDERR_FILENO) == 1)
{
    m_progress = !quiet && (forceProgress || m_terminal);
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows) const
{
    // Cells come from the server: no escape sequence or line break of theirs reaches the terminal.
    QList<QStringList> safeRows;
    safeRows.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(safeText(cell));
        safeRows.append(cells);
    }
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &row : std::as_const(safeRows))
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    auto line = [&widths](const QStringList &cells) {
        QString out;
        for (int c = 0; c < cells.size(); ++c) {
            // The last column is not padded: no trailing blanks for scripts to trim.
            out += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c)) + QStringLiteral("  ")
                                        : cells.at(c);
        }
        return out + QLatin1Char('\n');
    };
    QString text = line(headers);
    for (const QStringList &row : safeRows)
        text += line(row);
    write(stdout, text);
}

void Output::keyValues(const QList<QPair<QString, QString>> &pairs) const
{
    int width = 0;
    for (const auto &p : pairs)
        width = std::max(width, int(p.first.size()));
    QString text;
    for (const auto &p : pairs)
        text +=
            (p.first + QLatin1Char(':')).leftJustified(width + 2) + safeText(p.second) + QLatin1Char('\n');
    write(stdout, text);
}

void Output::json(const QJsonValue &value) const
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void Output::data(const QByteArray &bytes) const
{
#ifdef Q_OS_WIN
    // In text mode Windows would write the CSV's CRLF as CR CR LF.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::note(const QString &text) const
{
    if (!m_quiet)
        write(stderr, safeText(text, true) + QLatin1Char('\n'));
}

void Output::error(const QString &text) const
{
    write(stderr, safeText(text, true) + QLatin1Char('\n'));
}

void Output::progress(const QString &line)
{
    if (!m_progress)
        return;
    if (m_terminal) {
        const QString padded = line.leftJustified(m_lastLength);
        m_lastLength = int(line.size());
        write(stderr, QLatin1Char('\r') + safeText(padded));
    } else {
        write(stderr, safeText(line) + QLatin1Char('\n'));
    }
}

void Output::endProgress()
{
    if (m_progress && m_terminal && m_lastLength > 0) {
        write(stderr, QStringLiteral("\n"));
        m_lastLength = 0;
    }
}

} // namespace recdesk::cli
