import DriftKit
