/** 受理回执 (to be built). */
export default function ReceiptPage() {
  return <p>受理回执</p>;
}
