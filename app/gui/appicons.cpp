#include "appicons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace recdesk::gui {
namespace {

class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(const QString &path)
        : m_path(path)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr =
            painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
        QPixmap pm = render(rect.size(), dpr, mode, state);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, 1.0, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return render(size, scale, mode, state);
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_path); }
    QString key() const override { return QStringLiteral("recdesk-tinted-svg"); }

private:
    QPixmap render(const QSize &size, qreal dpr, QIcon::Mode mode, QIcon::State) const
    {
        // Render at device pixels so that the icon stays crisp on HiDPI screens.
        const QSize devSize = size * dpr;
        QPixmap pm(devSize);
        pm.fill(Qt::transparent);
        QSvgRenderer renderer(m_path);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(devSize)));
        const QPalette pal = QApplication::palette();
        QColor tint = pal.color(QPalette::Active, QPalette::ButtonText);
        if (mode == QIcon::Disabled)
            tint = pal.color(QPalette::Disabled, QPalette::ButtonText);
        else if (mode == QIcon::Selected)
            tint = pal.color(QPalette::Active, QPalette::HighlightedText);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(pm.rect(), tint);
        p.end();
        pm.setDevicePixelRatio(dpr);
        return pm;
    }

    QString m_path;
};

} // namespace

namespace AppIcons {

void initResources()
{
    static bool done = false;
    if (!done) {
        initIconResources();
        done = true;
    }
}

QIcon symbolic(const QString &name)
{
    initResources();
    return QIcon(new TintedSvgEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon application()
{
    initResources();
    return QIcon(QStringLiteral(":/icons/recdesk.svg"));
}

} // namespace AppIcons
} // namespace recdesk::gui
