// SPDX-License-Identifier: Apache-2.0
// Where a region's CSMS and IAM endpoints are, from the official SDKs' region tables (restated
// facts: huaweicloud-sdk-go-v3 services/kms and services/iam region lists, and the IAM endpoint
// table of its core, core/auth/internal/iam_endpoint.go). Not a pattern: some regions have no
// regional IAM host and use the global one (as the SDK does), and the EU cloud uses .eu hosts.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace keystage {

class RegionEndpoints
{
public:
    // https://kms.{region}.myhuaweicloud.com, or the table's host (eu-west-101: .eu). A region
    // missing from the table (a newer one typed by the user) gets the .com form.
    static QUrl csms(const QString &region);
    // The region's IAM host from the table, else the global IAM endpoint.
    static QUrl iam(const QString &region);
    static QUrl globalIam(); // https://iam.myhuaweicloud.com
    // Whether the SDK's IAM table has a host of the region's own.
    static bool hasRegionalIam(const QString &region);
    // The regions of the CSMS (KMS) table, in the SDK's order.
    static QStringList csmsRegions();
};

} // namespace keystage
