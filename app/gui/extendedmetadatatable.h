#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace recdesk::gui {

// Key/value pairs for ExtendedMetadataValues, in the user's order. Rows left entirely empty are
// ignored; a value without a key is kept so the validator can say so.
class ExtendedMetadataTable : public QWidget
{
    Q_OBJECT
public:
    explicit ExtendedMetadataTable(QWidget *parent = nullptr);

    QList<QPair<QString, QString>> values() const;
    void setValues(const QList<QPair<QString, QString>> &values);
    void addRow(const QString &key = QString(), const QString &value = QString());
    int rowCount() const;
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void removeSelected();

    QTableWidget *m_table = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace recdesk::gui
