#include "fakepagesource.h"
#include "models/filefilterproxy.h"
#include "models/filetablemodel.h"
#include "testdata.h"
#include "util/displayformat.h"

#include <functional>
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace recdesk;

class TestFileTableModel : public QObject
{
    Q_OBJECT

private:
    FakePageSource<PlatformFile> *m_source = nullptr;
    FileTableModel *m_model = nullptr;
    FileFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    QList<QUuid> shown() const { return testdata::shownIds(*m_proxy); }
    QList<QUuid> expected(const std::function<bool(const PlatformFile &)> &accept) const
    {
        return testdata::expectedIds(m_source->items, accept);
    }

private slots:
    void init()
    {
        m_source = new FakePageSource<PlatformFile>(this);
        QRandomGenerator rng(3);
        for (int i = 0; i < 345; ++i)
            m_source->items.append(testdata::file(quint32(i), &rng));
        m_model = new FileTableModel(m_source, this);
        m_proxy = new FileFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        m_tester =
            new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->fetchAll();
        QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete(); }, 10000));
        QCOMPARE(m_model->rowCount(), 345);
        QCOMPARE(m_source->requests, 4);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_model;
        delete m_source;
    }

    void display()
    {
        QCOMPARE(m_model->columnCount(), int(FileTableModel::ColumnCount));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const PlatformFile &f = m_model->fileAt(row);
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return m_model->data(m_model->index(row, column), role);
            };
            QCOMPARE(cell(FileTableModel::NameColumn).toString(), f.name.isEmpty() ? f.filename : f.name);
            QCOMPARE(cell(FileTableModel::FileNameColumn).toString(), f.filename);
            QCOMPARE(cell(FileTableModel::SizeColumn).toString(),
                     DisplayFormat::size(f.filesize)); // as the details say it
            QCOMPARE(cell(FileTableModel::SizeColumn, PagedTableModel::SortRole).toLongLong(), f.filesize);
            QCOMPARE(cell(FileTableModel::ReferenceColumn).toString(), displayName(f.referenceType));
            QCOMPARE(cell(FileTableModel::ExpiresColumn).toString(), f.downloadExpires.toDisplayString());
            if (!f.downloadExpires.hasHappened())
                QVERIFY(cell(FileTableModel::ExpiresColumn).toString().isEmpty());
            QCOMPARE(cell(0, PagedTableModel::IdRole).toUuid(), f.id);
            QCOMPARE(cell(0, PagedTableModel::ItemRole).value<PlatformFile>().filename, f.filename);
            QCOMPARE(m_model->rowOfId(f.id), row);
        }
        QCOMPARE(m_model->headerData(FileTableModel::SizeColumn, Qt::Horizontal).toString(),
                 FileTableModel::tr("Size"));
    }

    void sortBySizeAndExpiry()
    {
        m_proxy->sort(FileTableModel::SizeColumn, Qt::DescendingOrder);
        for (int r = 1; r < m_proxy->rowCount(); ++r) {
            QVERIFY(
                m_proxy->index(r - 1, FileTableModel::SizeColumn)
                    .data(PagedTableModel::SortRole)
                    .toLongLong() >=
                m_proxy->index(r, FileTableModel::SizeColumn).data(PagedTableModel::SortRole).toLongLong());
        }
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(FileTableModel::ExpiresColumn, order);
            bool seenEmpty = false;
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                const bool empty =
                    m_proxy->index(r, FileTableModel::ExpiresColumn).data().toString().isEmpty();
                QVERIFY2(!(seenEmpty && !empty), "an expiry after one that has not happened");
                seenEmpty = seenEmpty || empty;
            }
            QVERIFY(seenEmpty);
        }
    }

    void textFilter()
    {
        m_proxy->setFilterText(QStringLiteral("NOTES 1"));
        const QList<QUuid> expect = expected([](const PlatformFile &f) {
            return f.name.contains(QLatin1String("notes 1"), Qt::CaseInsensitive);
        });
        QVERIFY(!expect.isEmpty());
        QCOMPARE(shown(), expect);

        m_proxy->setFilterText(QStringLiteral("file-20"));
        QCOMPARE(shown(), expected([](const PlatformFile &f) {
                     return f.filename.contains(QLatin1String("file-20"));
                 }));
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), 345);
    }

    void referenceOwnerAndDateFilters()
    {
        m_proxy->setReferenceType(FileReferenceType::Recording);
        QCOMPARE(shown(), expected([](const PlatformFile &f) {
                     return f.referenceType == FileReferenceType::Recording;
                 }));
        m_proxy->setReferenceType(std::nullopt);

        const QUuid owner = testdata::idFor(0x0A000000u, 3);
        m_proxy->setOwnerId(owner);
        const QList<QUuid> byOwner = expected([&](const PlatformFile &f) { return f.ownerId == owner; });
        QVERIFY(!byOwner.isEmpty());
        QCOMPARE(shown(), byOwner);
        m_proxy->setOwnerId(QUuid());

        const Timestamp from = m_source->items.at(200).created;
        const Timestamp to = m_source->items.at(50).created;
        m_proxy->setCreatedRange(from.toDateTime(), to.toDateTime());
        QCOMPARE(shown(),
                 expected([&](const PlatformFile &f) { return !(f.created < from) && !(to < f.created); }));
        QCOMPARE(m_proxy->rowCount(), 151);
        m_proxy->clearFilters();
        QCOMPARE(m_proxy->rowCount(), 345);
    }
};

QTEST_GUILESS_MAIN(TestFileTableModel)
#include "tst_filetablemodel.moc"
