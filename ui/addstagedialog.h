// SPDX-License-Identifier: Apache-2.0
// AddStageDialog: the name of a new stage for a version, validated as it is typed (StageRules:
// name pattern, existing stages, the 12-stage limit shown). OK stays disabled until the name is
// acceptable.
#pragma once

#include "core/ops/stagerules.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace keystage::ui {

class AddStageDialog : public QDialog
{
    Q_OBJECT

public:
    AddStageDialog(const QString &versionId, const QList<VersionStages> &snapshot,
                   QWidget *parent = nullptr);

    QString stageName() const;
    QString problem() const; // why the name is refused now; empty when acceptable
    bool isAcceptable() const;

private:
    void validate();

    QString m_version;
    QList<VersionStages> m_snapshot;
    QLineEdit *m_name;
    QLabel *m_problem;
    QLabel *m_limit;
    QDialogButtonBox *m_buttons;
};

} // namespace keystage::ui
