/** 开通中心 (to be built). */
export default function OnboardingPage() {
  return <p>开通中心</p>;
}
