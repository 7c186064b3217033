// SPDX-License-Identifier: Apache-2.0
// RiskyMoveDialog: the compact confirmation before a risky stage change (SYSCURRENT moves, or a
// version is left with no stage). Lists the side effects StageRules predicts and offers
// "Don't ask again until Keystage closes". Opened window-modal with open(): nothing blocks.
#pragma once

#include "core/ops/stagerules.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
QT_END_NAMESPACE

namespace keystage::ui {

class RiskyMoveDialog : public QDialog
{
    Q_OBJECT

public:
    RiskyMoveDialog(const QString &question, const StagePrediction &prediction,
                    const QString &acceptText, QWidget *parent = nullptr);

    bool dontAskAgain() const;
    QStringList effectTexts() const { return m_effects; }

private:
    QStringList m_effects;
    QCheckBox *m_dontAsk;
};

} // namespace keystage::ui
