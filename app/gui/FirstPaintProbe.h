#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace foi::app {

// Notices the main window's first paint, for two uses: work that must not delay the first
// paint starts after it (the full integrity check of a large store), and the benchmark's
// "start to first paint" figure. With FOI_BENCH_QUIT_AFTER_FIRST_PAINT=MS in the environment
// the workbench prints "first-paint-ms <ms since main()>" on stdout once the first paint pass
// is over and quits MS milliseconds later (0: at once; scripts/bench, README "Performance").
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget &window, const QElapsedTimer &sinceStart);

signals:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget &m_window;
    const QElapsedTimer &m_sinceStart;
    bool m_seen = false;
};

} // namespace foi::app
