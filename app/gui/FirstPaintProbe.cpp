#include "app/gui/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace foi::app {

FirstPaintProbe::FirstPaintProbe(QWidget &window, const QElapsedTimer &sinceStart)
    : QObject(&window)
    , m_window(window)
    , m_sinceStart(sinceStart)
{
    m_window.installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && watched == &m_window && event->type() == QEvent::Paint) {
        m_seen = true;
        m_window.removeEventFilter(this);
        // The children paint in the same pass, after the window: act once the pass is over.
        QTimer::singleShot(0, this, [this] {
            emit firstPainted();
            if (qEnvironmentVariableIsSet("FOI_BENCH_QUIT_AFTER_FIRST_PAINT")) {
                QTextStream(stdout)
                    << "first-paint-ms " << double(m_sinceStart.nsecsElapsed()) / 1e6 << Qt::endl;
                QTimer::singleShot(qEnvironmentVariableIntValue("FOI_BENCH_QUIT_AFTER_FIRST_PAINT"),
                                   qApp, &QCoreApplication::quit);
            }
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace foi::app
