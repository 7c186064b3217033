// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogchrome.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace keystage::ui {

QPushButton *buildActionDialog(QDialog *dialog, QLayout *form, QLabel *problem, QLabel *status,
                               const ActionDialogTexts &texts)
{
    problem->setObjectName(QStringLiteral("problemLabel"));
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    problem->setAccessibleName(texts.problemName);
    status->setObjectName(QStringLiteral("statusLabel"));
    status->setTextFormat(Qt::PlainText);
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->setAccessibleName(texts.statusName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *action = buttons->addButton(texts.action, QDialogButtonBox::AcceptRole);
    action->setObjectName(QStringLiteral("createButton"));
    action->setAccessibleName(texts.actionName);
    action->setAccessibleDescription(texts.actionDescription);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(texts.cancelName);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(status);
    layout->addWidget(buttons);
    return action;
}

QSize screenRoom(const QWidget *widget)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        return {QWIDGETSIZE_MAX, QWIDGETSIZE_MAX};
    return screen->availableSize() * 7 / 8;
}

QSize openingSize(const QWidget *widget, const QSize &wanted)
{
    return wanted.boundedTo(screenRoom(widget));
}

} // namespace keystage::ui
