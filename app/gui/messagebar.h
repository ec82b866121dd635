#pragma once

#include <QColor>
#include <QFrame>
#include <QString>

class QLabel;
class QToolButton;
class QPlainTextEdit;

namespace recdesk::gui {

// A one-line message inside the window (not a modal box): what went wrong in a sentence, with
// the technical details (request id, HTTP status, server text) behind a "Details" button.
// A new message replaces the one shown; the bar hides itself when dismissed.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &details = QString());
    void showError(const QString &text, const QString &details = QString())
    {
        showMessage(Kind::Error, text, details);
    }
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString details() const { return m_details; }
    bool detailsVisible() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QColor accentColor() const;
    void toggleDetails();

    Kind m_kind = Kind::Info;
    QString m_details;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QPlainTextEdit *m_detailsView = nullptr;
};

} // namespace recdesk::gui
