// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors

// The baseline of the start-up benchmark: an empty Qt Widgets main window of the size that
// `isms-workbench FILE --screenshot PATH --page PAGE` uses, started, painted and saved the
// same way (the image of the window as painted on the screen), so that scripts/bench.sh can compare the
// two in the same run.
//
// Usage: isms_bench_empty_window PATH (the format from PATH's extension, as isms-workbench does)

#include <QApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: isms_bench_empty_window PATH\n", stderr);
        return 2;
    }
    const QString target = arguments.at(1);
    QMainWindow window;
    window.resize(1400, 900);
    window.show();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    const QByteArray format = QFileInfo(target).suffix().toLower().toLatin1();
    // The window as painted on the screen, as isms-workbench --screenshot takes it (QWidget::grab()
    // only when the platform cannot give it).
    QPixmap image = window.screen()->grabWindow(window.winId());
    if (image.isNull()) {
        image = window.grab();
    }
    return image.save(target, format.isEmpty() ? "png" : format.constData()) ? 0 : 1;
}
