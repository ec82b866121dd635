// The reviews' export: the rows and their order, the filters, CSV as RFC 4180 with the formula
// guard, and JSON read back as it was written.

#include "review/reviewexport.h"
#include "review/reviewstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace recdesk;

namespace {
QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc());
}

// A small RFC 4180 reader for the test: fields, quoted or not; records end at CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}
} // namespace

class TestReviewExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("reviews.sqlite"))));
        // Three recordings, started out of order: b (day 1), a (day 2), c (day 3, state only).
        m_a = {QUuid::fromString(u"aaaaaaaa-0000-4000-8000-000000000001"), QStringLiteral("call-a"),
               QStringLiteral("=HYPERLINK(\"http://x.invalid\")"), QStringLiteral("Müller, José"),
               utc(2, 10)};
        m_b = {QUuid::fromString(u"bbbbbbbb-0000-4000-8000-000000000002"), QStringLiteral("call-b"),
               QStringLiteral("agent2"), QStringLiteral("+34 600 000 000"), utc(1, 23, 30)};
        m_c = {QUuid::fromString(u"cccccccc-0000-4000-8000-000000000003"), QString(),
               QStringLiteral("agent3"), QString(), utc(3, 8)};
        m_unknownStart = {QUuid::fromString(u"00000000-0000-4000-8000-000000000004"),
                          QStringLiteral("call-d"), QStringLiteral("agent4"), QString(), QDateTime()};
        QVERIFY(m_store.setState(m_a, ReviewState::Flagged));
        QVERIFY(m_store.addNote(m_a, 12345, QStringLiteral("said \"no\", twice\r\nthen hung up"),
                                QStringLiteral("ana")) > 0);
        QVERIFY(m_store.addNote(m_a, 500, QStringLiteral("-5 points; @ supervisor"), QStringLiteral("+ana")) >
                0);
        QVERIFY(m_store.addNote(m_b, 61000, QStringLiteral("日本語 ok ✓"), QStringLiteral("bo")) > 0);
        QVERIFY(m_store.setState(m_c, ReviewState::Reviewed));
        QVERIFY(m_store.addNote(m_unknownStart, 0, QStringLiteral("\ttabbed"), QString()) > 0);
        // A recording whose only note was removed and whose state is the default: no row at all.
        const ReviewSubject gone{QUuid::createUuid(), QStringLiteral("call-e"), QString(), QString(),
                                 utc(2, 12)};
        const qint64 removed = m_store.addNote(gone, 0, QStringLiteral("gone"), QString());
        QVERIFY(m_store.removeNote(removed));
    }

    void rowsAreOrderedByStartThenIdThenOffset()
    {
        QString error;
        const QList<ReviewExportRow> rows = ReviewExport::rows(m_store, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).subject.recordingId, m_b.recordingId);
        QCOMPARE(rows.at(0).state, ReviewState::NotReviewed);
        QCOMPARE(rows.at(1).subject.recordingId, m_a.recordingId);
        QCOMPARE(rows.at(1).note->offsetMs, 500);
        QCOMPARE(rows.at(2).note->offsetMs, 12345);
        QCOMPARE(rows.at(2).state, ReviewState::Flagged);
        QCOMPARE(rows.at(3).subject.recordingId, m_c.recordingId); // state only
        QVERIFY(!rows.at(3).note);
        QCOMPARE(rows.at(3).state, ReviewState::Reviewed);
        QCOMPARE(rows.at(4).subject.recordingId, m_unknownStart.recordingId); // unknown start last
    }

    void filtersByStateAndByStart()
    {
        ReviewExportFilter flagged;
        flagged.state = ReviewState::Flagged;
        QList<ReviewExportRow> rows = ReviewExport::rows(m_store, flagged);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).subject.recordingId, m_a.recordingId);

        ReviewExportFilter notReviewed;
        notReviewed.state = ReviewState::NotReviewed;
        rows = ReviewExport::rows(m_store, notReviewed);
        QCOMPARE(rows.size(), 2); // b's note and the one with an unknown start
        QCOMPARE(rows.at(0).subject.recordingId, m_b.recordingId);

        ReviewExportFilter reviewed;
        reviewed.state = ReviewState::Reviewed;
        rows = ReviewExport::rows(m_store, reviewed);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).subject.recordingId, m_c.recordingId);

        // [from, until): day 2 only. The boundary belongs to the later side; unknown starts are out.
        ReviewExportFilter day2;
        day2.from = utc(2, 0);
        day2.until = utc(3, 0);
        rows = ReviewExport::rows(m_store, day2);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).subject.recordingId, m_a.recordingId);
        day2.from = utc(2, 10); // exactly a's start: in
        QCOMPARE(ReviewExport::rows(m_store, day2).size(), 2);
        day2.until = utc(2, 10); // exactly a's start: out
        QCOMPARE(ReviewExport::rows(m_store, day2).size(), 0);

        ReviewExportFilter fromDay3;
        fromDay3.from = utc(3, 0);
        rows = ReviewExport::rows(m_store, fromDay3);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).subject.recordingId, m_c.recordingId);
        fromDay3.state = ReviewState::Flagged;
        QVERIFY(ReviewExport::rows(m_store, fromDay3).isEmpty());
    }

    void csvIsRfc4180WithTheFormulaGuard()
    {
        const QByteArray bytes = ReviewExport::toCsv(ReviewExport::rows(m_store));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte order mark
        QVERIFY(bytes.endsWith("\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
        // Every line ends with CRLF: no bare LF outside of a quoted note.
        QCOMPARE(text.left(text.indexOf(QLatin1Char('\n')) + 1),
                 QStringLiteral("recording_id,call_id,agent,customer,start,offset,note,author,state\r\n"));

        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.size(), 6);
        QCOMPARE(records.at(0), ReviewExport::columns());
        for (const QStringList &r : records)
            QCOMPARE(r.size(), 9);
        QCOMPARE(records.at(1),
                 (QStringList{QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002"),
                              QStringLiteral("call-b"), QStringLiteral("agent2"),
                              QStringLiteral("'+34 600 000 000"), QStringLiteral("2026-03-01T23:30:00.000Z"),
                              QStringLiteral("61.000"), QStringLiteral("日本語 ok ✓"), QStringLiteral("bo"),
                              QStringLiteral("not-reviewed")}));
        // A formula-like agent, a comma in the customer, a guarded note and author.
        QCOMPARE(records.at(2).at(2), QStringLiteral("'=HYPERLINK(\"http://x.invalid\")"));
        QCOMPARE(records.at(2).at(3), QStringLiteral("Müller, José"));
        QCOMPARE(records.at(2).at(5), QStringLiteral("0.500"));
        QCOMPARE(records.at(2).at(6), QStringLiteral("'-5 points; @ supervisor"));
        QCOMPARE(records.at(2).at(7), QStringLiteral("'+ana"));
        QCOMPARE(records.at(2).at(8), QStringLiteral("flagged"));
        // Quotes doubled and a line break kept inside a quoted field.
        QCOMPARE(records.at(3).at(5), QStringLiteral("12.345"));
        QCOMPARE(records.at(3).at(6), QStringLiteral("said \"no\", twice\r\nthen hung up"));
        QVERIFY(text.contains(QStringLiteral("\"said \"\"no\"\", twice\r\nthen hung up\"")));
        QVERIFY(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x.invalid\"\")\",")));
        // The state-only row: empty offset, note and author.
        QCOMPARE(records.at(4),
                 (QStringList{QStringLiteral("cccccccc-0000-4000-8000-000000000003"), QString(),
                              QStringLiteral("agent3"), QString(), QStringLiteral("2026-03-03T08:00:00.000Z"),
                              QString(), QString(), QString(), QStringLiteral("reviewed")}));
        QCOMPARE(records.at(5).at(4), QString()); // unknown start
        QCOMPARE(records.at(5).at(6), QStringLiteral("'\ttabbed"));
        // Plain cells are not quoted.
        QVERIFY(text.contains(QStringLiteral("\r\ncccccccc-0000-4000-8000-000000000003,,agent3,,")));
    }

    void anEmptyExportIsTheHeaderAlone()
    {
        QCOMPARE(ReviewExport::toCsv({}),
                 QByteArray("recording_id,call_id,agent,customer,start,offset,note,author,state\r\n"));
        const QJsonObject root =
            QJsonDocument::fromJson(ReviewExport::toJson({}, QString(), utc(1, 0))).object();
        QVERIFY(root.value(QStringLiteral("reviews")).toArray().isEmpty());
        QVERIFY(root.value(QStringLiteral("profile")).isNull());
    }

    void jsonReadsBackAsWritten()
    {
        const QList<ReviewExportRow> rows = ReviewExport::rows(m_store);
        const QDateTime exported = QDateTime(QDate(2026, 3, 4), QTime(17, 5, 6, 789), QTimeZone::utc());
        const QByteArray bytes =
            ReviewExport::toBytes(ReviewExport::Format::Json, rows, QStringLiteral("Ünïcode Prod"), exported);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("recdesk-reviews"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("profile")).toString(), QStringLiteral("Ünïcode Prod"));
        QCOMPARE(root.value(QStringLiteral("exported")).toString(),
                 QStringLiteral("2026-03-04T17:05:06.789Z"));
        const QJsonArray reviews = root.value(QStringLiteral("reviews")).toArray();
        QCOMPARE(reviews.size(), rows.size());
        for (const QJsonValue &v : reviews) {
            QStringList keys = v.toObject().keys();
            QStringList expected = ReviewExport::columns();
            keys.sort();
            expected.sort();
            QCOMPARE(keys, expected);
        }
        // Exact text: no formula guard, no escaping for terminals; the offset is a number.
        const QJsonObject a2 = reviews.at(2).toObject();
        QCOMPARE(a2.value(QStringLiteral("agent")).toString(), m_a.agent);
        QCOMPARE(a2.value(QStringLiteral("customer")).toString(), QStringLiteral("Müller, José"));
        QCOMPARE(a2.value(QStringLiteral("note")).toString(),
                 QStringLiteral("said \"no\", twice\r\nthen hung up"));
        QVERIFY(a2.value(QStringLiteral("offset")).isDouble());
        QCOMPARE(a2.value(QStringLiteral("offset")).toDouble(), 12.345);
        QVERIFY(bytes.contains("\"offset\": 12.345"));
        QCOMPARE(a2.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-02T10:00:00.000Z"));
        QCOMPARE(a2.value(QStringLiteral("state")).toString(), QStringLiteral("flagged"));
        QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("日本語 ok ✓"));
        QCOMPARE(reviews.at(1).toObject().value(QStringLiteral("author")).toString(), QStringLiteral("+ana"));
        // Unknown is null; the state-only row has no offset, note or author.
        const QJsonObject c = reviews.at(3).toObject();
        QVERIFY(c.value(QStringLiteral("call_id")).isNull());
        QVERIFY(c.value(QStringLiteral("offset")).isNull());
        QVERIFY(c.value(QStringLiteral("note")).isNull());
        QVERIFY(c.value(QStringLiteral("author")).isNull());
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("reviewed"));
        QVERIFY(reviews.at(4).toObject().value(QStringLiteral("start")).isNull());
        QCOMPARE(reviews.at(4).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("\ttabbed"));
    }

    void offsetsAndTimesAreWrittenExactly()
    {
        QCOMPARE(ReviewExport::offsetText(0), QStringLiteral("0.000"));
        QCOMPARE(ReviewExport::offsetText(7), QStringLiteral("0.007"));
        QCOMPARE(ReviewExport::offsetText(3723004), QStringLiteral("3723.004"));
        const QDateTime madrid(QDate(2026, 7, 1), QTime(12, 0), QTimeZone("Europe/Madrid"));
        QCOMPARE(ReviewExport::timeText(madrid), QStringLiteral("2026-07-01T10:00:00.000Z"));
        QCOMPARE(ReviewExport::timeText(QDateTime()), QString());
    }

private:
    QTemporaryDir m_dir;
    ReviewStore m_store;
    ReviewSubject m_a, m_b, m_c, m_unknownStart;
};

QTEST_GUILESS_MAIN(TestReviewExport)
#include "tst_reviewexport.moc"
