// SPDX-License-Identifier: Apache-2.0
#include "ui/e2eprobe.h"

#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "ui/stageboardview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QTableView>

namespace keystage::ui {

E2eProbe::E2eProbe(QTableView *secrets, StageBoardView *board, const QString &file, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_board(board)
    , m_file(file)
{
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &E2eProbe::write);
    m_timer.start();
}

E2eProbe *E2eProbe::fromEnvironment(QTableView *secrets, StageBoardView *board, QObject *parent)
{
    if (qEnvironmentVariable("KEYSTAGE_E2E") != QLatin1String("1"))
        return nullptr;
    const QString file = qEnvironmentVariable("KEYSTAGE_E2E_FILE");
    if (file.isEmpty())
        return nullptr;
    return new E2eProbe(secrets, board, file, parent);
}

QString E2eProbe::snapshot() const
{
    QStringList lines;
    if (m_secrets && m_secrets->model() && m_secrets->isVisible()) {
        QAbstractItemModel *model = m_secrets->model();
        const QRect viewport = m_secrets->viewport()->rect();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QRect rect = m_secrets->visualRect(index);
            if (!viewport.contains(rect.center()))
                continue;
            const QPoint global = m_secrets->viewport()->mapToGlobal(rect.center());
            lines << QStringLiteral("secret %1 %2 %3")
                             .arg(index.data(SecretListModel::NameRole).toString())
                             .arg(global.x())
                             .arg(global.y());
        }
    }
    if (m_board && m_board->stageModel() && m_board->isVisible()) {
        VersionStageModel *model = m_board->stageModel();
        lines << QStringLiteral("board %1 loading=%2 pending=%3")
                         .arg(model->secretName())
                         .arg(model->isLoading() ? 1 : 0)
                         .arg(model->hasPendingMoves() ? 1 : 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString version
                    = model->index(row, 0).data(VersionStageModel::VersionIdRole).toString();
            const QRect cell = m_board->stagesCellRect(row);
            const QPoint rowCenter = m_board->viewport()->mapToGlobal(
                    QPoint(cell.right() - 40, cell.center().y()));
            if (!m_board->viewport()->rect().contains(cell.center()))
                continue; // scrolled out of view: not reachable with the mouse
            lines << QStringLiteral("row %1 %2 %3")
                             .arg(version)
                             .arg(rowCenter.x())
                             .arg(rowCenter.y());
            const auto chips = m_board->chipsOfRow(row);
            for (const ChipGeometry &chip : chips) {
                const QPoint c = m_board->viewport()->mapToGlobal(chip.rect.center());
                lines << QStringLiteral("chip %1 %2 %3 %4 %5")
                                 .arg(version, chip.stage)
                                 .arg(c.x())
                                 .arg(c.y())
                                 .arg(chip.kind == ChipGeometry::Kind::Held
                                              ? QStringLiteral("held")
                                              : QStringLiteral("pending"));
            }
        }
    }
    // Open dialogs: their buttons and line edits, by object name.
    const auto topLevels = QApplication::topLevelWidgets();
    for (QWidget *top : topLevels) {
        auto *dialog = qobject_cast<QDialog *>(top);
        if (!dialog || !dialog->isVisible())
            continue;
        lines << QStringLiteral("dialog %1").arg(dialog->objectName());
        const auto buttons = dialog->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (!button->isVisible() || button->objectName().isEmpty())
                continue;
            const QPoint c = button->mapToGlobal(button->rect().center());
            lines << QStringLiteral("button %1 %2 %3 %4")
                             .arg(button->objectName())
                             .arg(c.x())
                             .arg(c.y())
                             .arg(button->isEnabled() ? QStringLiteral("enabled")
                                                      : QStringLiteral("disabled"));
        }
        const auto edits = dialog->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (!edit->isVisible() || edit->objectName().isEmpty())
                continue;
            const QPoint c = edit->mapToGlobal(edit->rect().center());
            lines << QStringLiteral("edit %1 %2 %3").arg(edit->objectName()).arg(c.x()).arg(c.y());
        }
        // Named labels, on one line each: what a dialog says (counts, results, status). Never a
        // value: no label of Keystage shows one.
        const auto labels = dialog->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->isVisible() || label->objectName().isEmpty() || label->text().isEmpty())
                continue;
            lines << QStringLiteral("label %1 %2")
                             .arg(label->objectName(), label->text().simplified());
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void E2eProbe::write()
{
    const QString text = snapshot();
    if (text == m_last)
        return;
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(text.toUtf8());
    if (file.commit())
        m_last = text;
}

} // namespace keystage::ui
