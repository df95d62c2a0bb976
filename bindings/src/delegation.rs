///Module containing a contract's types and functions.
/**

```solidity
library IDelegation {
    struct DelegationView { uint256 shares; uint256 tokens; uint256 unbondingShares; uint256 unbondingTokens; uint256 releaseAt; uint256 redelegatedAt; uint256 rewards; }
    struct PoolView { uint256 ownStake; uint256 delegatedTokens; uint256 delegatedShares; uint256 unbondingTokens; uint256 unbondingShares; uint256 delegators; uint256 commissionBps; uint256 pendingCommissionBps; uint256 commissionEffectiveAt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IDelegation {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct DelegationView { uint256 shares; uint256 tokens; uint256 unbondingShares; uint256 unbondingTokens; uint256 releaseAt; uint256 redelegatedAt; uint256 rewards; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DelegationView {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub tokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub redelegatedAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub rewards: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<DelegationView> for UnderlyingRustTuple<'_> {
            fn from(value: DelegationView) -> Self {
                (
                    value.shares,
                    value.tokens,
                    value.unbondingShares,
                    value.unbondingTokens,
                    value.releaseAt,
                    value.redelegatedAt,
                    value.rewards,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DelegationView {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    shares: tuple.0,
                    tokens: tuple.1,
                    unbondingShares: tuple.2,
                    unbondingTokens: tuple.3,
                    releaseAt: tuple.4,
                    redelegatedAt: tuple.5,
                    rewards: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for DelegationView {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for DelegationView {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.redelegatedAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.rewards),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for DelegationView {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for DelegationView {
            const NAME: &'static str = "DelegationView";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "DelegationView(uint256 shares,uint256 tokens,uint256 unbondingShares,uint256 unbondingTokens,uint256 releaseAt,uint256 redelegatedAt,uint256 rewards)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.shares)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.tokens)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.releaseAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.redelegatedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.rewards)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for DelegationView {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.shares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.tokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.releaseAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.redelegatedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.rewards,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.shares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.tokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.releaseAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.redelegatedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.rewards,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct PoolView { uint256 ownStake; uint256 delegatedTokens; uint256 delegatedShares; uint256 unbondingTokens; uint256 unbondingShares; uint256 delegators; uint256 commissionBps; uint256 pendingCommissionBps; uint256 commissionEffectiveAt; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PoolView {
        #[allow(missing_docs)]
        pub ownStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatedTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatedShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegators: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commissionBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub pendingCommissionBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commissionEffectiveAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PoolView> for UnderlyingRustTuple<'_> {
            fn from(value: PoolView) -> Self {
                (
                    value.ownStake,
                    value.delegatedTokens,
                    value.delegatedShares,
                    value.unbondingTokens,
                    value.unbondingShares,
                    value.delegators,
                    value.commissionBps,
                    value.pendingCommissionBps,
                    value.commissionEffectiveAt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PoolView {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    ownStake: tuple.0,
                    delegatedTokens: tuple.1,
                    delegatedShares: tuple.2,
                    unbondingTokens: tuple.3,
                    unbondingShares: tuple.4,
                    delegators: tuple.5,
                    commissionBps: tuple.6,
                    pendingCommissionBps: tuple.7,
                    commissionEffectiveAt: tuple.8,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for PoolView {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for PoolView {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.ownStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatedTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatedShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegators),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.pendingCommissionBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionEffectiveAt),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for PoolView {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for PoolView {
            const NAME: &'static str = "PoolView";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "PoolView(uint256 ownStake,uint256 delegatedTokens,uint256 delegatedShares,uint256 unbondingTokens,uint256 unbondingShares,uint256 delegators,uint256 commissionBps,uint256 pendingCommissionBps,uint256 commissionEffectiveAt)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.ownStake)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.delegatedTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.delegatedShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.delegators)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.commissionBps)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pendingCommissionBps,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.commissionEffectiveAt,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for PoolView {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ownStake,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegatedTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegatedShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegators,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commissionBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pendingCommissionBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commissionEffectiveAt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ownStake,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegatedTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegatedShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegators,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commissionBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pendingCommissionBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commissionEffectiveAt,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IDelegation`](self) contract instance.

See the [wrapper's documentation](`IDelegationInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IDelegationInstance<P, N> {
        IDelegationInstance::<P, N>::new(address, __provider)
    }
    /**A [`IDelegation`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IDelegation`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IDelegationInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IDelegationInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IDelegationInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IDelegation`](self) contract instance.

See the [wrapper's documentation](`IDelegationInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IDelegationInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IDelegationInstance<P, N> {
            IDelegationInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IDelegation {
    struct DelegationView {
        uint256 shares;
        uint256 tokens;
        uint256 unbondingShares;
        uint256 unbondingTokens;
        uint256 releaseAt;
        uint256 redelegatedAt;
        uint256 rewards;
    }
    struct PoolView {
        uint256 ownStake;
        uint256 delegatedTokens;
        uint256 delegatedShares;
        uint256 unbondingTokens;
        uint256 unbondingShares;
        uint256 delegators;
        uint256 commissionBps;
        uint256 pendingCommissionBps;
        uint256 commissionEffectiveAt;
    }
}

interface Delegation {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AddressEmptyCode(address target);
    error CommissionTooHigh(uint256 bps, uint256 maxBps);
    error ERC1967InvalidImplementation(address implementation);
    error ERC1967NonPayable();
    error FailedCall();
    error InsufficientShares(uint256 shares, uint256 required);
    error InvalidInitialization();
    error InvalidSlashBps(uint256 bps);
    error NotInitializing();
    error NotSelectionManager(address caller);
    error NotTreasury(address caller);
    error NothingToClaim();
    error NothingUnbonding();
    error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);
    error PoolWiped(address operator);
    error RedelegationToSamePool(address operator);
    error RedelegationTooSoon(uint256 redelegatedAt, uint256 allowedAt);
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);
    error SelfDelegation(address operator);
    error StillUnbonding(uint256 releaseAt);
    error UUPSUnauthorizedCallContext();
    error UUPSUnsupportedProxiableUUID(bytes32 slot);
    error WeightExceeded(uint256 weight, uint256 removed);
    error ZeroAddress();
    error ZeroAmount();
    error ZeroShares(uint256 amount);

    event CommissionChangeScheduled(address indexed operator, uint256 previousBps, uint256 newBps, uint256 effectiveAt);
    event CommissionUpdated(address indexed operator, uint256 previousBps, uint256 newBps);
    event Delegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares);
    event DelegationWithdrawn(address indexed delegator, address indexed operator, uint256 amount, uint256 unbondingShares);
    event Initialized(uint64 version);
    event MaxCommissionBpsUpdated(uint256 previousBps, uint256 newBps);
    event MinimumSelfStakeBpsUpdated(uint256 previousBps, uint256 newBps);
    event OwnStakeUpdated(address indexed operator, uint256 previousStake, uint256 newStake);
    event PoolSlashed(address indexed operator, uint256 bps, uint256 fromDelegated, uint256 fromUnbonding);
    event Redelegated(address indexed delegator, address indexed from, address indexed to, uint256 amount, uint256 sharesBurned, uint256 sharesMinted);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event StakingRewardsClaimed(address indexed account, address indexed operator, uint256 amount);
    event StakingRewardsNotified(uint256 amount, uint256 indexed interval);
    event Undelegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares, uint256 unbondingShares, uint256 releaseAt);
    event Upgraded(address indexed implementation);

    constructor();

    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function DEFAULT_MAX_COMMISSION_BPS() external view returns (uint16);
    function DEFAULT_MINIMUM_SELF_STAKE_BPS() external view returns (uint16);
    function MAX_COMMISSION_CAP_BPS() external view returns (uint256);
    function MIN_SELF_STAKE_FLOOR_BPS() external view returns (uint256);
    function REWARD_INTERVAL() external view returns (uint256);
    function UPGRADE_INTERFACE_VERSION() external view returns (string memory);
    function claimStakingRewards(address operator) external returns (uint256 amount);
    function claimableStakingRewards(address operator, address account) external returns (uint256 amount);
    function delegate(address operator, uint256 amount) external returns (uint256 shares);
    function delegatedTo(address operator) external view returns (uint256);
    function delegation(address delegator, address operator) external view returns (IDelegation.DelegationView memory view_);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function heldStakingRewards() external view returns (uint256);
    function initialize(address admin, address selectionManager_, address treasury_, address xmtpToken_) external;
    function intervalOf(uint256 timestamp) external pure returns (uint256);
    function isEligible(address operator, uint256 ownStake, uint256 minimumStake) external view returns (bool);
    function maxCommissionBps() external view returns (uint256);
    function minimumSelfStakeBps() external view returns (uint256);
    function notifyStakingRewards(uint256 amount) external;
    function onOwnStakeChanged(address operator, uint256 newStake) external;
    function onSlashed(address operator, uint256 bps, uint256 newOwnStake) external returns (uint256 amount);
    function operatorRewards(address operator) external view returns (uint256);
    function pool(address operator) external view returns (IDelegation.PoolView memory view_);
    function proxiableUUID() external view returns (bytes32);
    function redelegate(address from, address to, uint256 amount) external returns (uint256 sharesMinted);
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeRole(bytes32 role, address account) external;
    function selectionManager() external view returns (address);
    function setCommission(uint256 bps) external;
    function setMaxCommissionBps(uint256 bps) external;
    function setMinimumSelfStakeBps(uint256 bps) external;
    function slashableOf(address operator) external view returns (uint256);
    function stakingRewardTotals() external view returns (uint256 notified, uint256 claimed);
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function syncPool(address operator) external;
    function treasury() external view returns (address);
    function undelegate(address operator, uint256 amount) external returns (uint256 shares);
    function upgradeToAndCall(address newImplementation, bytes memory data) external payable;
    function withdrawUnbonded(address operator) external returns (uint256 amount);
    function xmtpToken() external view returns (address);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_MAX_COMMISSION_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_MINIMUM_SELF_STAKE_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_COMMISSION_CAP_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_SELF_STAKE_FLOOR_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "REWARD_INTERVAL",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "UPGRADE_INTERFACE_VERSION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimStakingRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claimableStakingRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delegate",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delegatedTo",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "delegation",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "view_",
        "type": "tuple",
        "internalType": "struct IDelegation.DelegationView",
        "components": [
          {
            "name": "shares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "tokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "releaseAt",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "redelegatedAt",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "rewards",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "heldStakingRewards",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "selectionManager_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "xmtpToken_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "intervalOf",
    "inputs": [
      {
        "name": "timestamp",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "isEligible",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "ownStake",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimumStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "maxCommissionBps",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minimumSelfStakeBps",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "notifyStakingRewards",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onOwnStakeChanged",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "newStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onSlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "newOwnStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "operatorRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "view_",
        "type": "tuple",
        "internalType": "struct IDelegation.PoolView",
        "components": [
          {
            "name": "ownStake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegatedTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegatedShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegators",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "commissionBps",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "pendingCommissionBps",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "commissionEffectiveAt",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proxiableUUID",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "redelegate",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "sharesMinted",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "selectionManager",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setCommission",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMaxCommissionBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMinimumSelfStakeBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashableOf",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "stakingRewardTotals",
    "inputs": [],
    "outputs": [
      {
        "name": "notified",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "claimed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "syncPool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "treasury",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "undelegate",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "upgradeToAndCall",
    "inputs": [
      {
        "name": "newImplementation",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "withdrawUnbonded",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "xmtpToken",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "CommissionChangeScheduled",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "effectiveAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CommissionUpdated",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Delegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelegationWithdrawn",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MaxCommissionBpsUpdated",
    "inputs": [
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MinimumSelfStakeBpsUpdated",
    "inputs": [
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnStakeUpdated",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousStake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newStake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PoolSlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fromDelegated",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fromUnbonding",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Redelegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesBurned",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesMinted",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakingRewardsClaimed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakingRewardsNotified",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "interval",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Undelegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "releaseAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Upgraded",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AddressEmptyCode",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "CommissionTooHigh",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxBps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC1967InvalidImplementation",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC1967NonPayable",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InsufficientShares",
    "inputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidSlashBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotSelectionManager",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotTreasury",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NothingToClaim",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NothingUnbonding",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ParameterOutOfBounds",
    "inputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolWiped",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RedelegationToSamePool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RedelegationTooSoon",
    "inputs": [
      {
        "name": "redelegatedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "allowedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SelfDelegation",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "StillUnbonding",
    "inputs": [
      {
        "name": "releaseAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UUPSUnauthorizedCallContext",
    "inputs": []
  },
  {
    "type": "error",
    "name": "UUPSUnsupportedProxiableUUID",
    "inputs": [
      {
        "name": "slot",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "WeightExceeded",
    "inputs": [
      {
        "name": "weight",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "removed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroShares",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod Delegation {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051613a746100f95f395f818161293c015281816129650152612a920152613a745ff3fe608060405260043610610254575f3560e01c806352d1902d1161013f5780638fb2e2c2116100b3578063ad3cb1cc11610078578063ad3cb1cc14610761578063aeffaa471461079e578063b369af71146107bd578063d547741f146107dc578063d7afee47146107fb578063f8c8765e14610810575f5ffd5b80638fb2e2c2146106dd57806391d14854146106fc578063929ac35f1461071b57806396bb1fef1461072f578063a217fddf1461074e575f5ffd5b806364818bd11161010457806364818bd11461063957806365da12641461064d5780636bd8f8041461066c5780637c8c33941461068b57806380af6ff61461069f578063845dae24146106be575f5ffd5b806352d1902d146105bd578063543be731146105d15780635dbdda69146105f057806361d027b31461060657806363264baa1461061a575f5ffd5b80632f2ff15d116101d65780633e17b6001161019b5780633e17b600146105035780633e91adca1461051757806341a2b8d61461054357806347590a0f146105625780634d99dd161461058b5780634f1ef286146105aa575f5ffd5b80632f2ff15d146104735780633281a78e14610492578063355e6b43146104b157806336568abe146104d057806339955cf4146104ef575f5ffd5b80631129ee371161021c5780631129ee371461036d578063156522a81461038c5780631b91037714610417578063248a9ca31461042c578063262ddec31461044b575f5ffd5b806301ffc9a714610258578063026e402b1461028c578063046d3307146102b957806308ac776b1461032d5780630995ad4c1461034e575b5f5ffd5b348015610263575f5ffd5b50610277610272366004613606565b61082f565b60405190151581526020015b60405180910390f35b348015610297575f5ffd5b506102ab6102a6366004613648565b610865565b604051908152602001610283565b3480156102c4575f5ffd5b506102d86102d3366004613670565b61094f565b60405161028391905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b348015610338575f5ffd5b5061034c610347366004613648565b610af0565b005b348015610359575f5ffd5b5061034c6103683660046136a1565b610b42565b348015610378575f5ffd5b506102ab6103873660046136b8565b610bce565b348015610397575f5ffd5b506103ab6103a63660046136b8565b610c21565b60405161028391905f61012082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015261010083015161010083015292915050565b348015610422575f5ffd5b506102ab61138881565b348015610437575f5ffd5b506102ab6104463660046136a1565b610d88565b348015610456575f5ffd5b506104606107d081565b60405161ffff9091168152602001610283565b34801561047e575f5ffd5b5061034c61048d3660046136d1565b610da8565b34801561049d575f5ffd5b506102776104ac3660046136f2565b610dca565b3480156104bc575f5ffd5b5061034c6104cb3660046136a1565b610e1f565b3480156104db575f5ffd5b5061034c6104ea3660046136d1565b6110f9565b3480156104fa575f5ffd5b506102ab61112c565b34801561050e575f5ffd5b506102ab611157565b348015610522575f5ffd5b5061052b611171565b6040516001600160a01b039091168152602001610283565b34801561054e575f5ffd5b506102ab61055d3660046136b8565b611189565b34801561056d575f5ffd5b506105766111d7565b60408051928352602083019190915201610283565b348015610596575f5ffd5b506102ab6105a5366004613648565b6111f7565b61034c6105b8366004613736565b6114b2565b3480156105c8575f5ffd5b506102ab6114d1565b3480156105dc575f5ffd5b506102ab6105eb366004613670565b6114ec565b3480156105fb575f5ffd5b506102ab62093a8081565b348015610611575f5ffd5b5061052b611566565b348015610625575f5ffd5b5061034c6106343660046136a1565b611581565b348015610644575f5ffd5b506102ab61163f565b348015610658575f5ffd5b506102ab6106673660046136b8565b611659565b348015610677575f5ffd5b506102ab6106863660046137fa565b611688565b348015610696575f5ffd5b506102ab606481565b3480156106aa575f5ffd5b506102ab6106b93660046136f2565b6118e2565b3480156106c9575f5ffd5b5061034c6106d83660046136a1565b611a7c565b3480156106e8575f5ffd5b5061034c6106f73660046136b8565b611b07565b348015610707575f5ffd5b506102776107163660046136d1565b611b18565b348015610726575f5ffd5b5061052b611b4e565b34801561073a575f5ffd5b506102ab6107493660046136b8565b611b69565b348015610759575f5ffd5b506102ab5f81565b34801561076c575f5ffd5b50610791604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102839190613834565b3480156107a9575f5ffd5b506102ab6107b83660046136b8565b611c98565b3480156107c8575f5ffd5b506102ab6107d73660046136a1565b611e5e565b3480156107e7575f5ffd5b5061034c6107f63660046136d1565b611e6c565b348015610806575f5ffd5b506104606103e881565b34801561081b575f5ffd5b5061034c61082a366004613869565b611e88565b5f6001600160e01b03198216637965db0b60e01b148061085f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f815f0361088657604051631f2a200560e01b815260040160405180910390fd5b336001600160a01b038416036108bf5760405163d556be9360e01b81526001600160a01b03841660048201526024015b60405180910390fd5b5f6108c8612084565b90505f6108d582866120a8565b90506108e48282873388612273565b60408051868152602081018390529194506001600160a01b0387169133917f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04910160405180910390a36002820154610947906001600160a01b03163330876123a0565b505092915050565b6109886040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610991612084565b6001600160a01b038085165f818152600a840160209081526040808320948a16808452600b870183528184208585528352818420908452600c87018352818420948452938252808320815160608101835290546001600160801b038116825264ffffffffff600160801b8204811694830194909452600160a81b90049092169082015293945091929091610a2483612407565b90506040518060e00160405280828152602001610a5583610a4488612427565b610a5089600301612407565b61244a565b815283516001600160801b0390811660208301528451600c880154604090930192610a959291821691600160601b820416906001600160601b031661244a565b8152602001836020015164ffffffffff168152602001836040015164ffffffffff1681526020016a0c097ce7bc90715b34b9f160241b610ad8876006018761246c565b610ae291906138e2565b905298975050505050505050565b5f610af9612084565b80549091506001600160a01b03163314610b28576040516328b21fed60e01b81523360048201526024016108b6565b610b3d81610b3683866120a8565b8585612541565b505050565b5f610b4c816125df565b610b5a8260646127106125ec565b5f610b63612084565b805460408051600160b01b90920461ffff168252602082018690529192507f2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2910160405180910390a1805461ffff909316600160b01b0261ffff60b01b199093169290921790915550565b5f5f610bd8612084565b6001600160a01b0384165f908152600a9190910160205260409020600c8101549091506001600160601b0316610c1060038301612407565b610c1a91906138f5565b9392505050565b610c676040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610c70612084565b6001600160a01b0384165f908152600a9190910160209081526040918290208251608081018452600b82015461ffff80821683526201000082041693820193909352640100000000830464ffffffffff1681850152600160481b90920463ffffffff1660608301528251610120810190935292509080610cef84612407565b8152602001610d0084600301612407565b8152602001610d0e84612427565b8152600c93909301546001600160601b038116602080860191909152600160601b9091046001600160801b031660408086019190915260608481015163ffffffff1690860152835161ffff90811660808701529184015190911660a0850152919091015164ffffffffff1660c09092019190915292915050565b5f9081525f516020613a485f395f51905f52602052604090206001015490565b610db182610d88565b610dba816125df565b610dc48383612628565b50505050565b5f5f610dd4612084565b6001600160a01b0386165f908152600a820160205260409020909150610e16908590610e0290600301612407565b83548690600160b01b900461ffff166126c9565b95945050505050565b5f610e28612084565b8054909150600160a01b900461ffff1680831115610e6357604051632cdfe21960e01b815260048101849052602481018290526044016108b6565b5f610e6e83336120a8565b60408051608081018252600b83015461ffff8082168084526201000083049091166020840152640100000000820464ffffffffff1693830193909352600160481b900463ffffffff16606082015291925085818111610fa3576040805160808101825261ffff83168082525f60208084018290528385019190915260608781015163ffffffff16938101849052600b890180546cffffffffffffffffffffffffff1916909317600160481b9094029390931790915582518581529081018a9052429281019290925233917fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e910160405180910390a2604080518381526020810189905233917f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5910160405180910390a26110f0565b855460408051636cf6d67560e01b815290515f926001600160a01b031691636cf6d6759160048083019260209291908290030181865afa158015610fe9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061100d9190613908565b61101790426138f5565b61ffff83166020860152905061102c816126ff565b64ffffffffff1660408581018290528551600b880180546020808a01516060808c015161ffff96871663ffffffff1990951694909417620100009690921695909502176cffffffffffffffffff0000000019166401000000009096026cffffffff000000000000000000191695909517600160481b63ffffffff9092169190910217905581518681529283018b905290820183905233917fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e910160405180910390a2505b50505050505050565b6001600160a01b03811633146111225760405163334bd91960e11b815260040160405180910390fd5b610b3d8282612734565b5f6a0c097ce7bc90715b34b9f160241b611144612084565b6004015461115291906138e2565b905090565b5f611160612084565b54600160a01b900461ffff16919050565b5f61117a612084565b546001600160a01b0316919050565b5f5f611193612084565b6001600160a01b0384165f908152600a8201602052604090209091506a0c097ce7bc90715b34b9f160241b906111cd90600384019061246c565b610c1a91906138e2565b5f5f5f6111e2612084565b90508060080154816009015492509250509091565b5f815f0361121857604051631f2a200560e01b815260040160405180910390fd5b5f611221612084565b90505f61122e82866120a8565b905061123d82828733886127ad565b600c8201549093505f9061126c9086906001600160801b03600160601b820416906001600160601b03166128b1565b600c8301549091506112919061128c9087906001600160601b03166138f5565b6128cb565b600c830180546001600160601b0319166001600160601b039290921691909117908190556112d9906112d4908390600160601b90046001600160801b03166138f5565b6128fe565b600c80840180546001600160801b0393909316600160601b02600160601b600160e01b031990931692909217909155335f908152908401602090815260408083206001600160a01b038a8116855290835281842087548351636cf6d67560e01b81529351919594921692636cf6d6759260048083019391928290030181865afa158015611368573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061138c9190613908565b61139690426138f5565b82549091506113b3906112d49085906001600160801b03166138f5565b82546001600160801b0319166001600160801b03919091161782556113d7816126ff565b825464ffffffffff91909116600160801b0264ffffffffff60801b199091161782556040805188815260208101889052908101849052606081018290526001600160a01b0389169033907f011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db9060800160405180910390a38454604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b158015611491575f5ffd5b505af11580156114a3573d5f5f3e3d5ffd5b50505050505050505092915050565b6114ba612931565b6114c3826129c1565b6114cd82826129cb565b5050565b5f6114da612a87565b505f516020613a285f395f51905f5290565b5f5f5f6115016114fa612084565b8686612ad0565b915091506a0c097ce7bc90715b34b9f160241b826002015461152391906138e2565b9250846001600160a01b0316846001600160a01b03160361094757600281015461155c906a0c097ce7bc90715b34b9f160241b906138e2565b610e1690846138f5565b5f61156f612084565b600101546001600160a01b0316919050565b5f61158a612084565b60018101549091506001600160a01b031633146115bc57604051632756308960e11b81523360048201526024016108b6565b5f6115c682612b1b565b90506115ed6115e36a0c097ce7bc90715b34b9f160241b8561391f565b6003840190612b3e565b82826008015f82825461160091906138f5565b909155505060405183815281907f67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd7404859559060200160405180910390a2505050565b5f611648612084565b54600160b01b900461ffff16919050565b5f61085f611665612084565b6001600160a01b0384165f908152600a9190910160205260409020600301612407565b5f815f036116a957604051631f2a200560e01b815260040160405180910390fd5b826001600160a01b0316846001600160a01b0316036116e657604051634570aef960e11b81526001600160a01b03851660048201526024016108b6565b336001600160a01b0384160361171a5760405163d556be9360e01b81526001600160a01b03841660048201526024016108b6565b5f611723612084565b90505f815f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611777573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061179b9190613908565b335f908152600c8401602090815260408083206001600160a01b038b16845290915290209091506117cc9082612b5a565b335f908152600c8301602090815260408083206001600160a01b038916845290915290206117fa9082612b5a565b5f61181183611809858a6120a8565b8933896127ad565b90506118298361182185896120a8565b883389612273565b60408051878152602081018490529081018290529094506001600160a01b03808816919089169033907ffdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b49060600160405180910390a48254604051632f0d00dd60e21b81526001600160a01b0389811660048301529091169063bc340374906024015f604051808303815f87803b1580156118c2575f5ffd5b505af11580156118d4573d5f5f3e3d5ffd5b505050505050509392505050565b5f8215806118f1575061271083115b156119125760405163227bd05760e11b8152600481018490526024016108b6565b5f61191b612084565b80549091506001600160a01b0316331461194a576040516328b21fed60e01b81523360048201526024016108b6565b5f61195582876120a8565b905061196382828887612541565b5f61197082600301612407565b90505f612710611980888461391f565b61198a91906138e2565b905080156119a3576119a3600385810190850183612be3565b600c8301546001600160601b03165f6127106119bf8a8461391f565b6119c991906138e2565b90506119d58183613936565b600c860180546001600160601b0319166001600160601b0392909216919091179055611a0181846138f5565b604080518b8152602081018690529081018390529097506001600160a01b038b16907f9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab9060600160405180910390a28615611a6f576002860154611a6f906001600160a01b03163389612d4f565b5050505050509392505050565b5f611a86816125df565b611a93825f6113886125ec565b5f611a9c612084565b805460408051600160a01b90920461ffff168252602082018690529192507f7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2910160405180910390a1805461ffff909316600160a01b0261ffff60a01b199093169290921790915550565b6114cd611b12612084565b826120a8565b5f9182525f516020613a485f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611b57612084565b600201546001600160a01b0316919050565b5f5f611b73612084565b90505f5f611b82838633612ad0565b91509150611b8f82612d80565b93506001600160a01b0385163303611bb757611baa81612d80565b611bb490856138f5565b93505b835f03611bd7576040516312d37ee560e31b815260040160405180910390fd5b83836009015f828254611bea91906138f5565b90915550506040518481526001600160a01b0386169033907fd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f99060200160405180910390a36001830154604051637ba6296f60e11b8152336004820152602481018690526001600160a01b039091169063f74c52de906044015f604051808303815f87803b158015611c7a575f5ffd5b505af1158015611c8c573d5f5f3e3d5ffd5b50505050505050919050565b5f5f611ca2612084565b335f908152600c8201602090815260408083206001600160a01b038816845290915281208054929350916001600160801b031690819003611cf65760405163098ae75d60e21b815260040160405180910390fd5b8154600160801b900464ffffffffff16421015611d3857815460405163dd9c894360e01b8152600160801b90910464ffffffffff1660048201526024016108b6565b6001600160a01b0385165f908152600a840160205260409020600c8101546001600160801b03600160601b820416906001600160601b0316611d7b84838361244a565b85546001600160801b03191686559650611d958483613936565b600c840180546001600160801b0392909216600160601b02600160601b600160e01b0319909216919091179055611dcc8782613936565b600c840180546001600160601b0319166001600160601b039290921691909117905560408051888152602081018690526001600160a01b038a169133917f7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94910160405180910390a38615611e53576002860154611e53906001600160a01b03163389612d4f565b505050505050919050565b5f61085f8262093a80612dca565b611e7582610d88565b611e7e816125df565b610dc48383612734565b5f611e91612dd5565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015611eb85750825b90505f8267ffffffffffffffff166001148015611ed45750303b155b905081158015611ee2575080155b15611f005760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611f2a57845460ff60401b1916600160401b1785555b6001600160a01b0389161580611f4757506001600160a01b038816155b80611f5957506001600160a01b038716155b80611f6b57506001600160a01b038616155b15611f895760405163d92e233d60e01b815260040160405180910390fd5b611f91612dfd565b611f9b5f8a612628565b505f611fa5612084565b80546001820180546001600160a01b03199081166001600160a01b038d8116919091179092556002840180549091168b83161790558b166001600160b01b031990911617607d60a41b1761ffff60b01b1916607d60b31b178155905061200e4262093a80612dca565b600691909101805467ffffffffffffffff191667ffffffffffffffff909216919091179055831561207957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b7f2dbbb2714d3cf64f0730e456b2aecd84fe813188e5d943bcfa2650a3f34be30090565b5f5f6120b384612b1b565b6001600160a01b0384165f908152600a860160205260409020925090506120dd6003850183612e05565b5f806120ef6003878101908601612e49565b60408051608081018252600b88015461ffff80821680845262010000830482166020850152640100000000830464ffffffffff1694840194909452600160481b90910463ffffffff1660608301528a54949650929450929091600160a01b909104168082111561215d578091505b841561216e5761216e878684612f63565b61217b6006880187612fc1565b50831561218d5761218d878584612f63565b604083015164ffffffffff16158015906121b25750826040015164ffffffffff164210155b1561226757825160208401516040516001600160a01b038b16927f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5926122079261ffff92831681529116602082015260400190565b60405180910390a26040805160808101825260208581015161ffff168083525f9183018290529282015260608086015163ffffffff169101819052600b890180546cffffffffffffffffffffffffff1916909217600160481b9091021790555b50505050505092915050565b5f5f61228186600301612407565b90505f61228d87612427565b9050801580159061229c575081155b156122c5576040516359bb816b60e11b81526001600160a01b03871660048201526024016108b6565b6122d08482846128b1565b9250825f036122f557604051636e3699b760e11b8152600481018590526024016108b6565b6001600160a01b038086165f908152600b8a0160209081526040808320938a168352929052206123286006890182612e05565b61233181612407565b5f0361237557600b8801805460099061235690600160481b900463ffffffff16613949565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b61238360068901828661307d565b61239460038a8101908a018761307d565b50505095945050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610dc49186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613180565b80545f9061085f906001600160701b03600160701b8204811691166138f5565b60088101545f9061085f906001600160801b03600160801b8204811691166138f5565b5f825f0361245957505f610c1a565b6124648483856131ec565b949350505050565b805460018201546002830154600385015490926001600160701b038116929167ffffffffffffffff16600160e01b90910463ffffffff161080156124c057508354600160701b90046001600160701b031615155b1561252a578354600160e01b900463ffffffff165f9081526004860160205260409020546124ee8282613936565b6124f8908461391f565b61250290856138f5565b8554909450909150819061252690600160701b90046001600160701b0316846138f5565b9250505b8454612537908290613936565b61155c908361391f565b5f61254b84612407565b9050808211156125735761256e846125638385613936565b60038801919061307d565b612594565b8082101561259457612594846125898484613936565b600388019190612be3565b60408051828152602081018490526001600160a01b038516917fd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27910160405180910390a25050505050565b6125e9813361329c565b50565b818310806125f957508083115b15610b3d57604051630942247160e31b81526004810184905260248101839052604481018290526064016108b6565b5f5f516020613a485f395f51905f526126418484611b18565b6126c0575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556126763390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061085f565b5f91505061085f565b5f6126d4828461391f565b6126e06127108761391f565b10158015610e165750826126f485876138f5565b101595945050505050565b5f64ffffffffff821115612730576040516306dfcc6560e41b815260286004820152602481018390526044016108b6565b5090565b5f5f516020613a485f395f51905f5261274d8484611b18565b156126c0575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061085f565b6001600160a01b038083165f908152600b87016020908152604080832093871683529290529081206127e26006870182612e05565b5f6127ec82612407565b905061280c846127fb89612427565b6128078a600301612407565b6132d5565b92508083118061281a575082155b156128425760405163658ec5dd60e11b815260048101829052602481018490526044016108b6565b612850600688018385612be3565b80830361289557600b8701805460099061287690600160481b900463ffffffff1661396d565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b6128a6600389810190890186612be3565b505095945050505050565b5f825f036128c0575082610c1a565b6124648484846131ec565b5f6001600160601b03821115612730576040516306dfcc6560e41b815260606004820152602481018390526044016108b6565b5f6001600160801b03821115612730576040516306dfcc6560e41b815260806004820152602481018390526044016108b6565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806129a157507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166129956132f2565b6001600160a01b031614155b156129bf5760405163703e46dd60e11b815260040160405180910390fd5b565b5f6114cd816125df565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612a25575060408051601f3d908101601f19168201909252612a2291810190613908565b60015b612a4d57604051634c9c8ce360e01b81526001600160a01b03831660048201526024016108b6565b5f516020613a285f395f51905f528114612a7d57604051632a87526960e21b8152600481018290526024016108b6565b610b3d8383613306565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146129bf5760405163703e46dd60e11b815260040160405180910390fd5b5f5f612adc85856120a8565b6001600160a01b038085165f908152600b88016020908152604080832093891683529290522092509050612b136006820183612e05565b935093915050565b5f612b294262093a80612dca565b9050612b386003830182612fc1565b50919050565b80826001015f828254612b5191906138f5565b90915550505050565b8154600160a81b900464ffffffffff168015801590612b815750612b7e82826138f5565b42105b15612bb35780612b9183826138f5565b604051636f7db8f960e11b8152600481019290925260248201526044016108b6565b612bbc426126ff565b835464ffffffffff91909116600160a81b0264ffffffffff60a81b19909116179092555050565b81546001600160701b03600160701b820481169116612c0281836138f5565b831115612c3757612c1381836138f5565b60405163f47111b360e01b81526004810191909152602481018490526044016108b6565b5f828410612c455782612c47565b835b90505f612c548286613936565b9050612c608285613936565b86546001600160701b0391909116600160701b02600160701b600160e01b0319909116178655612c908184613936565b86546dffffffffffffffffffffffffffff19166001600160701b0391909116178655600287018054839190601090612cd9908490600160801b90046001600160801b031661398b565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080876002015f8282829054906101000a90046001600160801b0316612d22919061398b565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050505050565b6040516001600160a01b03838116602483015260448201839052610b3d91859182169063a9059cbb906064016123d5565b60028101545f90612d9f6a0c097ce7bc90715b34b9f160241b826138e2565b91508115612b3857612dbf6a0c097ce7bc90715b34b9f160241b826139aa565b600284015550919050565b5f610c1a82846138e2565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061085f565b6129bf61335b565b5f5f612e118484612e49565b90925090505f612e2182846138f5565b90508015612e425780846002015f828254612e3c91906138f5565b90915550505b5050505050565b81548154600183015460038501545f93849390926001600160701b03821692909167ffffffffffffffff90911690600160e01b900463ffffffff16811115612f22578654600160e01b900463ffffffff165f908152600489016020526040902054612eb48382613936565b612ebe908561391f565b88549097509092508290600160701b90046001600160701b03168015612f0457612ee881866138f5565b89546001600160e01b0319166001600160701b038216178a5594505b505086546001600160e01b0316600160e01b63ffffffff8316021787555b612f2c8285613936565b612f36908461391f565b94508215801590612f4b575083876001015414155b15612f5857600187018490555b505050509250929050565b5f612710612f71838561391f565b612f7b91906138e2565b90508015612f9e5780845f016002015f828254612f9891906138f5565b90915550505b612fb5612fab8285613936565b6006860190612b3e565b610dc484600601613380565b60038201545f9067ffffffffffffffff16808311612fe2575f91505061085f565b612feb84613380565b83545f8281526004860160205260408120919091556002850180546001600160801b03600160801b820481169391613025918591166139bd565b82546101009290920a6001600160801b0381810219909316918316021790915560028601805490911690555050506003909101805467ffffffffffffffff191667ffffffffffffffff92909216919091179055600190565b81545f9061309c908390600160701b90046001600160701b03166138f5565b83549091506001600160701b03906130b6908216836138f5565b11156130e55760405163f47111b360e01b81526001600160701b036004820152602481018290526044016108b6565b82546001600160701b03808316600160701b02600160701b600160e01b0319831681178655600387015463ffffffff16600160e01b026001600160e01b0390911691909216171783556002840180548391906010906131569084906001600160801b03600160801b909104166139bd565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050565b5f5f60205f8451602086015f885af18061319f576040513d5f823e3d81fd5b50505f513d915081156131b65780600114156131c3565b6001600160a01b0384163b155b15610dc457604051635274afe760e01b81526001600160a01b03851660048201526024016108b6565b5f5f5f6131f986866133e3565b91509150815f0361321d57838181613213576132136138ba565b0492505050610c1a565b8184116132345761323460038515026011186133ff565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6132a68282611b18565b6114cd5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108b6565b5f815f036132e557505f19610c1a565b6124648484846001613410565b5f5f516020613a285f395f51905f5261117a565b61330f82613452565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561335357610b3d82826134b5565b6114cd61351e565b61336361353d565b6129bf57604051631afcd79f60e31b815260040160405180910390fd5b600281015460018201546001600160801b03909116908115806133a1575080155b156133ab57505050565b6133b582826138e2565b835f015f8282546133c691906138f5565b909155506133d6905082826139aa565b8360010181905550505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f61343d61341d83613556565b801561343857505f8480613433576134336138ba565b868809115b151590565b6134488686866131ec565b610e1691906138f5565b806001600160a01b03163b5f0361348757604051634c9c8ce360e01b81526001600160a01b03821660048201526024016108b6565b5f516020613a285f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516134d191906139dc565b5f60405180830381855af49150503d805f8114613509576040519150601f19603f3d011682016040523d82523d5f602084013e61350e565b606091505b5091509150610e16858383613582565b34156129bf5760405163b398979f60e01b815260040160405180910390fd5b5f613546612dd5565b54600160401b900460ff16919050565b5f600282600381111561356b5761356b6139f2565b6135759190613a06565b60ff166001149050919050565b60608261359757613592826135de565b610c1a565b81511580156135ae57506001600160a01b0384163b155b156135d757604051639996b31560e01b81526001600160a01b03851660048201526024016108b6565b5080610c1a565b8051156135ed57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215613616575f5ffd5b81356001600160e01b031981168114610c1a575f5ffd5b80356001600160a01b0381168114613643575f5ffd5b919050565b5f5f60408385031215613659575f5ffd5b6136628361362d565b946020939093013593505050565b5f5f60408385031215613681575f5ffd5b61368a8361362d565b91506136986020840161362d565b90509250929050565b5f602082840312156136b1575f5ffd5b5035919050565b5f602082840312156136c8575f5ffd5b610c1a8261362d565b5f5f604083850312156136e2575f5ffd5b823591506136986020840161362d565b5f5f5f60608486031215613704575f5ffd5b61370d8461362d565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215613747575f5ffd5b6137508361362d565b9150602083013567ffffffffffffffff81111561376b575f5ffd5b8301601f8101851361377b575f5ffd5b803567ffffffffffffffff81111561379557613795613722565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156137c4576137c4613722565b6040528181528282016020018710156137db575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f5f6060848603121561380c575f5ffd5b6138158461362d565b92506138236020850161362d565b929592945050506040919091013590565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f6080858703121561387c575f5ffd5b6138858561362d565b93506138936020860161362d565b92506138a16040860161362d565b91506138af6060860161362d565b905092959194509250565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826138f0576138f06138ba565b500490565b8082018082111561085f5761085f6138ce565b5f60208284031215613918575f5ffd5b5051919050565b808202811582820484141761085f5761085f6138ce565b8181038181111561085f5761085f6138ce565b5f63ffffffff821663ffffffff8103613964576139646138ce565b60010192915050565b5f63ffffffff821680613982576139826138ce565b5f190192915050565b6001600160801b03828116828216039081111561085f5761085f6138ce565b5f826139b8576139b86138ba565b500690565b6001600160801b03818116838216019081111561085f5761085f6138ce565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680613a1857613a186138ba565b8060ff8416069150509291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R0`\x80R4\x80\x15a\0\x13W__\xFD[Pa\0\x1Ca\0!V[a\0\xD3V[\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0\x80Th\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\0qW`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80T`\x01`\x01`@\x1B\x03\x90\x81\x16\x14a\0\xD0W\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x90\x81\x17\x82U`@Q\x90\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PV[`\x80Qa:ta\0\xF9_9_\x81\x81a)<\x01R\x81\x81a)e\x01Ra*\x92\x01Ra:t_\xF3\xFE`\x80`@R`\x046\x10a\x02TW_5`\xE0\x1C\x80cR\xD1\x90-\x11a\x01?W\x80c\x8F\xB2\xE2\xC2\x11a\0\xB3W\x80c\xAD<\xB1\xCC\x11a\0xW\x80c\xAD<\xB1\xCC\x14a\x07aW\x80c\xAE\xFF\xAAG\x14a\x07\x9EW\x80c\xB3i\xAFq\x14a\x07\xBDW\x80c\xD5Gt\x1F\x14a\x07\xDCW\x80c\xD7\xAF\xEEG\x14a\x07\xFBW\x80c\xF8\xC8v^\x14a\x08\x10W__\xFD[\x80c\x8F\xB2\xE2\xC2\x14a\x06\xDDW\x80c\x91\xD1HT\x14a\x06\xFCW\x80c\x92\x9A\xC3_\x14a\x07\x1BW\x80c\x96\xBB\x1F\xEF\x14a\x07/W\x80c\xA2\x17\xFD\xDF\x14a\x07NW__\xFD[\x80cd\x81\x8B\xD1\x11a\x01\x04W\x80cd\x81\x8B\xD1\x14a\x069W\x80ce\xDA\x12d\x14a\x06MW\x80ck\xD8\xF8\x04\x14a\x06lW\x80c|\x8C3\x94\x14a\x06\x8BW\x80c\x80\xAFo\xF6\x14a\x06\x9FW\x80c\x84]\xAE$\x14a\x06\xBEW__\xFD[\x80cR\xD1\x90-\x14a\x05\xBDW\x80cT;\xE71\x14a\x05\xD1W\x80c]\xBD\xDAi\x14a\x05\xF0W\x80ca\xD0'\xB3\x14a\x06\x06W\x80cc&K\xAA\x14a\x06\x1AW__\xFD[\x80c//\xF1]\x11a\x01\xD6W\x80c>\x17\xB6\0\x11a\x01\x9BW\x80c>\x17\xB6\0\x14a\x05\x03W\x80c>\x91\xAD\xCA\x14a\x05\x17W\x80cA\xA2\xB8\xD6\x14a\x05CW\x80cGY\n\x0F\x14a\x05bW\x80cM\x99\xDD\x16\x14a\x05\x8BW\x80cO\x1E\xF2\x86\x14a\x05\xAAW__\xFD[\x80c//\xF1]\x14a\x04sW\x80c2\x81\xA7\x8E\x14a\x04\x92W\x80c5^kC\x14a\x04\xB1W\x80c6V\x8A\xBE\x14a\x04\xD0W\x80c9\x95\\\xF4\x14a\x04\xEFW__\xFD[\x80c\x11)\xEE7\x11a\x02\x1CW\x80c\x11)\xEE7\x14a\x03mW\x80c\x15e\"\xA8\x14a\x03\x8CW\x80c\x1B\x91\x03w\x14a\x04\x17W\x80c$\x8A\x9C\xA3\x14a\x04,W\x80c&-\xDE\xC3\x14a\x04KW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02XW\x80c\x02n@+\x14a\x02\x8CW\x80c\x04m3\x07\x14a\x02\xB9W\x80c\x08\xACwk\x14a\x03-W\x80c\t\x95\xADL\x14a\x03NW[__\xFD[4\x80\x15a\x02cW__\xFD[Pa\x02wa\x02r6`\x04a6\x06V[a\x08/V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\x97W__\xFD[Pa\x02\xABa\x02\xA66`\x04a6HV[a\x08eV[`@Q\x90\x81R` \x01a\x02\x83V[4\x80\x15a\x02\xC4W__\xFD[Pa\x02\xD8a\x02\xD36`\x04a6pV[a\tOV[`@Qa\x02\x83\x91\x90_`\xE0\x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R\x92\x91PPV[4\x80\x15a\x038W__\xFD[Pa\x03La\x03G6`\x04a6HV[a\n\xF0V[\0[4\x80\x15a\x03YW__\xFD[Pa\x03La\x03h6`\x04a6\xA1V[a\x0BBV[4\x80\x15a\x03xW__\xFD[Pa\x02\xABa\x03\x876`\x04a6\xB8V[a\x0B\xCEV[4\x80\x15a\x03\x97W__\xFD[Pa\x03\xABa\x03\xA66`\x04a6\xB8V[a\x0C!V[`@Qa\x02\x83\x91\x90_a\x01 \x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01Ra\x01\0\x83\x01Qa\x01\0\x83\x01R\x92\x91PPV[4\x80\x15a\x04\"W__\xFD[Pa\x02\xABa\x13\x88\x81V[4\x80\x15a\x047W__\xFD[Pa\x02\xABa\x04F6`\x04a6\xA1V[a\r\x88V[4\x80\x15a\x04VW__\xFD[Pa\x04`a\x07\xD0\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x83V[4\x80\x15a\x04~W__\xFD[Pa\x03La\x04\x8D6`\x04a6\xD1V[a\r\xA8V[4\x80\x15a\x04\x9DW__\xFD[Pa\x02wa\x04\xAC6`\x04a6\xF2V[a\r\xCAV[4\x80\x15a\x04\xBCW__\xFD[Pa\x03La\x04\xCB6`\x04a6\xA1V[a\x0E\x1FV[4\x80\x15a\x04\xDBW__\xFD[Pa\x03La\x04\xEA6`\x04a6\xD1V[a\x10\xF9V[4\x80\x15a\x04\xFAW__\xFD[Pa\x02\xABa\x11,V[4\x80\x15a\x05\x0EW__\xFD[Pa\x02\xABa\x11WV[4\x80\x15a\x05\"W__\xFD[Pa\x05+a\x11qV[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\x83V[4\x80\x15a\x05NW__\xFD[Pa\x02\xABa\x05]6`\x04a6\xB8V[a\x11\x89V[4\x80\x15a\x05mW__\xFD[Pa\x05va\x11\xD7V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x02\x83V[4\x80\x15a\x05\x96W__\xFD[Pa\x02\xABa\x05\xA56`\x04a6HV[a\x11\xF7V[a\x03La\x05\xB86`\x04a76V[a\x14\xB2V[4\x80\x15a\x05\xC8W__\xFD[Pa\x02\xABa\x14\xD1V[4\x80\x15a\x05\xDCW__\xFD[Pa\x02\xABa\x05\xEB6`\x04a6pV[a\x14\xECV[4\x80\x15a\x05\xFBW__\xFD[Pa\x02\xABb\t:\x80\x81V[4\x80\x15a\x06\x11W__\xFD[Pa\x05+a\x15fV[4\x80\x15a\x06%W__\xFD[Pa\x03La\x0646`\x04a6\xA1V[a\x15\x81V[4\x80\x15a\x06DW__\xFD[Pa\x02\xABa\x16?V[4\x80\x15a\x06XW__\xFD[Pa\x02\xABa\x06g6`\x04a6\xB8V[a\x16YV[4\x80\x15a\x06wW__\xFD[Pa\x02\xABa\x06\x866`\x04a7\xFAV[a\x16\x88V[4\x80\x15a\x06\x96W__\xFD[Pa\x02\xAB`d\x81V[4\x80\x15a\x06\xAAW__\xFD[Pa\x02\xABa\x06\xB96`\x04a6\xF2V[a\x18\xE2V[4\x80\x15a\x06\xC9W__\xFD[Pa\x03La\x06\xD86`\x04a6\xA1V[a\x1A|V[4\x80\x15a\x06\xE8W__\xFD[Pa\x03La\x06\xF76`\x04a6\xB8V[a\x1B\x07V[4\x80\x15a\x07\x07W__\xFD[Pa\x02wa\x07\x166`\x04a6\xD1V[a\x1B\x18V[4\x80\x15a\x07&W__\xFD[Pa\x05+a\x1BNV[4\x80\x15a\x07:W__\xFD[Pa\x02\xABa\x07I6`\x04a6\xB8V[a\x1BiV[4\x80\x15a\x07YW__\xFD[Pa\x02\xAB_\x81V[4\x80\x15a\x07lW__\xFD[Pa\x07\x91`@Q\x80`@\x01`@R\x80`\x05\x81R` \x01d\x03R\xE3\x02\xE3`\xDC\x1B\x81RP\x81V[`@Qa\x02\x83\x91\x90a84V[4\x80\x15a\x07\xA9W__\xFD[Pa\x02\xABa\x07\xB86`\x04a6\xB8V[a\x1C\x98V[4\x80\x15a\x07\xC8W__\xFD[Pa\x02\xABa\x07\xD76`\x04a6\xA1V[a\x1E^V[4\x80\x15a\x07\xE7W__\xFD[Pa\x03La\x07\xF66`\x04a6\xD1V[a\x1ElV[4\x80\x15a\x08\x06W__\xFD[Pa\x04`a\x03\xE8\x81V[4\x80\x15a\x08\x1BW__\xFD[Pa\x03La\x08*6`\x04a8iV[a\x1E\x88V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x08_WPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x81_\x03a\x08\x86W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x08\xBFW`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\x08\xC8a \x84V[\x90P_a\x08\xD5\x82\x86a \xA8V[\x90Pa\x08\xE4\x82\x82\x873\x88a\"sV[`@\x80Q\x86\x81R` \x81\x01\x83\x90R\x91\x94P`\x01`\x01`\xA0\x1B\x03\x87\x16\x913\x91\x7F$\xD7\xBD\xA8`+\x91mdA\x7F\r\xBF\xE2\xE2\xE8\x8E\xC9\xB1\x15{\xD9\xF5\x96\xDF\xDB\x91\xBA&bN\x04\x91\x01`@Q\x80\x91\x03\x90\xA3`\x02\x82\x01Ta\tG\x90`\x01`\x01`\xA0\x1B\x03\x1630\x87a#\xA0V[PP\x92\x91PPV[a\t\x88`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\t\x91a \x84V[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\n\x84\x01` \x90\x81R`@\x80\x83 \x94\x8A\x16\x80\x84R`\x0B\x87\x01\x83R\x81\x84 \x85\x85R\x83R\x81\x84 \x90\x84R`\x0C\x87\x01\x83R\x81\x84 \x94\x84R\x93\x82R\x80\x83 \x81Q``\x81\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82Rd\xFF\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xA8\x1B\x90\x04\x90\x92\x16\x90\x82\x01R\x93\x94P\x91\x92\x90\x91a\n$\x83a$\x07V[\x90P`@Q\x80`\xE0\x01`@R\x80\x82\x81R` \x01a\nU\x83a\nD\x88a$'V[a\nP\x89`\x03\x01a$\x07V[a$JV[\x81R\x83Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16` \x83\x01R\x84Q`\x0C\x88\x01T`@\x90\x93\x01\x92a\n\x95\x92\x91\x82\x16\x91`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a$JV[\x81R` \x01\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\n\xD8\x87`\x06\x01\x87a$lV[a\n\xE2\x91\x90a8\xE2V[\x90R\x98\x97PPPPPPPPV[_a\n\xF9a \x84V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0B(W`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xB6V[a\x0B=\x81a\x0B6\x83\x86a \xA8V[\x85\x85a%AV[PPPV[_a\x0BL\x81a%\xDFV[a\x0BZ\x82`da'\x10a%\xECV[_a\x0Bca \x84V[\x80T`@\x80Q`\x01`\xB0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F#I\xFE\xA6\xDA3?\xC9G\xEB\x02E\x9A\x89}\x90EH\xA5\x97\xFD\x03|\xF7\x8AC\x19\x023\xF7~\xF2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xB0\x1B\x02a\xFF\xFF`\xB0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[__a\x0B\xD8a \x84V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` R`@\x90 `\x0C\x81\x01T\x90\x91P`\x01`\x01``\x1B\x03\x16a\x0C\x10`\x03\x83\x01a$\x07V[a\x0C\x1A\x91\x90a8\xF5V[\x93\x92PPPV[a\x0Cg`@Q\x80a\x01 \x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\x0Cpa \x84V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R`\x0B\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x81\x85\x01R`\x01`H\x1B\x90\x92\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R\x82Qa\x01 \x81\x01\x90\x93R\x92P\x90\x80a\x0C\xEF\x84a$\x07V[\x81R` \x01a\r\0\x84`\x03\x01a$\x07V[\x81R` \x01a\r\x0E\x84a$'V[\x81R`\x0C\x93\x90\x93\x01T`\x01`\x01``\x1B\x03\x81\x16` \x80\x86\x01\x91\x90\x91R`\x01``\x1B\x90\x91\x04`\x01`\x01`\x80\x1B\x03\x16`@\x80\x86\x01\x91\x90\x91R``\x84\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x86\x01R\x83Qa\xFF\xFF\x90\x81\x16`\x80\x87\x01R\x91\x84\x01Q\x90\x91\x16`\xA0\x85\x01R\x91\x90\x91\x01Qd\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x90\x92\x01\x91\x90\x91R\x92\x91PPV[_\x90\x81R_Q` a:H_9_Q\x90_R` R`@\x90 `\x01\x01T\x90V[a\r\xB1\x82a\r\x88V[a\r\xBA\x81a%\xDFV[a\r\xC4\x83\x83a&(V[PPPPV[__a\r\xD4a \x84V[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\n\x82\x01` R`@\x90 \x90\x91Pa\x0E\x16\x90\x85\x90a\x0E\x02\x90`\x03\x01a$\x07V[\x83T\x86\x90`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16a&\xC9V[\x95\x94PPPPPV[_a\x0E(a \x84V[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x80\x83\x11\x15a\x0EcW`@Qc,\xDF\xE2\x19`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`D\x01a\x08\xB6V[_a\x0En\x833a \xA8V[`@\x80Q`\x80\x81\x01\x82R`\x0B\x83\x01Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x90\x91\x16` \x84\x01Rd\x01\0\0\0\0\x82\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16``\x82\x01R\x91\x92P\x85\x81\x81\x11a\x0F\xA3W`@\x80Q`\x80\x81\x01\x82Ra\xFF\xFF\x83\x16\x80\x82R_` \x80\x84\x01\x82\x90R\x83\x85\x01\x91\x90\x91R``\x87\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x93\x81\x01\x84\x90R`\x0B\x89\x01\x80Tl\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x93\x17`\x01`H\x1B\x90\x94\x02\x93\x90\x93\x17\x90\x91U\x82Q\x85\x81R\x90\x81\x01\x8A\x90RB\x92\x81\x01\x92\x90\x92R3\x91\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x91\x01`@Q\x80\x91\x03\x90\xA2`@\x80Q\x83\x81R` \x81\x01\x89\x90R3\x91\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x91\x01`@Q\x80\x91\x03\x90\xA2a\x10\xF0V[\x85T`@\x80Qcl\xF6\xD6u`\xE0\x1B\x81R\x90Q_\x92`\x01`\x01`\xA0\x1B\x03\x16\x91cl\xF6\xD6u\x91`\x04\x80\x83\x01\x92` \x92\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x0F\xE9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x10\r\x91\x90a9\x08V[a\x10\x17\x90Ba8\xF5V[a\xFF\xFF\x83\x16` \x86\x01R\x90Pa\x10,\x81a&\xFFV[d\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x81\x01\x82\x90R\x85Q`\x0B\x88\x01\x80T` \x80\x8A\x01Q``\x80\x8C\x01Qa\xFF\xFF\x96\x87\x16c\xFF\xFF\xFF\xFF\x19\x90\x95\x16\x94\x90\x94\x17b\x01\0\0\x96\x90\x92\x16\x95\x90\x95\x02\x17l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16d\x01\0\0\0\0\x90\x96\x02l\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x19\x16\x95\x90\x95\x17`\x01`H\x1Bc\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17\x90U\x81Q\x86\x81R\x92\x83\x01\x8B\x90R\x90\x82\x01\x83\x90R3\x91\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x91\x01`@Q\x80\x91\x03\x90\xA2P[PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x11\"W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0B=\x82\x82a'4V[_j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x11Da \x84V[`\x04\x01Ta\x11R\x91\x90a8\xE2V[\x90P\x90V[_a\x11`a \x84V[T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x11za \x84V[T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x11\x93a \x84V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x82\x01` R`@\x90 \x90\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a\x11\xCD\x90`\x03\x84\x01\x90a$lV[a\x0C\x1A\x91\x90a8\xE2V[___a\x11\xE2a \x84V[\x90P\x80`\x08\x01T\x81`\t\x01T\x92P\x92PP\x90\x91V[_\x81_\x03a\x12\x18W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12!a \x84V[\x90P_a\x12.\x82\x86a \xA8V[\x90Pa\x12=\x82\x82\x873\x88a'\xADV[`\x0C\x82\x01T\x90\x93P_\x90a\x12l\x90\x86\x90`\x01`\x01`\x80\x1B\x03`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a(\xB1V[`\x0C\x83\x01T\x90\x91Pa\x12\x91\x90a\x12\x8C\x90\x87\x90`\x01`\x01``\x1B\x03\x16a8\xF5V[a(\xCBV[`\x0C\x83\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90\x81\x90Ua\x12\xD9\x90a\x12\xD4\x90\x83\x90`\x01``\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16a8\xF5V[a(\xFEV[`\x0C\x80\x84\x01\x80T`\x01`\x01`\x80\x1B\x03\x93\x90\x93\x16`\x01``\x1B\x02`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91U3_\x90\x81R\x90\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x81\x16\x85R\x90\x83R\x81\x84 \x87T\x83Qcl\xF6\xD6u`\xE0\x1B\x81R\x93Q\x91\x95\x94\x92\x16\x92cl\xF6\xD6u\x92`\x04\x80\x83\x01\x93\x91\x92\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x13hW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\x8C\x91\x90a9\x08V[a\x13\x96\x90Ba8\xF5V[\x82T\x90\x91Pa\x13\xB3\x90a\x12\xD4\x90\x85\x90`\x01`\x01`\x80\x1B\x03\x16a8\xF5V[\x82T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x82Ua\x13\xD7\x81a&\xFFV[\x82Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\x80\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x90\x91\x16\x17\x82U`@\x80Q\x88\x81R` \x81\x01\x88\x90R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16\x903\x90\x7F\x01\x1E*\x8AH\xC6\x17hV\xFBT7\xF7\xDF\xB9\x0FOs\x06\xE4\x1C\xDAAL7\x16!{\xD2L\x91\xDB\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3\x84T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x14\x91W__\xFD[PZ\xF1\x15\x80\x15a\x14\xA3W=__>=_\xFD[PPPPPPPPP\x92\x91PPV[a\x14\xBAa)1V[a\x14\xC3\x82a)\xC1V[a\x14\xCD\x82\x82a)\xCBV[PPV[_a\x14\xDAa*\x87V[P_Q` a:(_9_Q\x90_R\x90V[___a\x15\x01a\x14\xFAa \x84V[\x86\x86a*\xD0V[\x91P\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82`\x02\x01Ta\x15#\x91\x90a8\xE2V[\x92P\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\tGW`\x02\x81\x01Ta\x15\\\x90j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a8\xE2V[a\x0E\x16\x90\x84a8\xF5V[_a\x15oa \x84V[`\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\x8Aa \x84V[`\x01\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x15\xBCW`@Qc'V0\x89`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xB6V[_a\x15\xC6\x82a+\x1BV[\x90Pa\x15\xEDa\x15\xE3j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x85a9\x1FV[`\x03\x84\x01\x90a+>V[\x82\x82`\x08\x01_\x82\x82Ta\x16\0\x91\x90a8\xF5V[\x90\x91UPP`@Q\x83\x81R\x81\x90\x7Fg\xCA\xD5\x9EYX\xC0h!\x0BW\xB4\xB0\x1F\x16`\xB6$S2\xDE\x94\xB4\xEFI\x1E{\xD7@HYU\x90` \x01`@Q\x80\x91\x03\x90\xA2PPPV[_a\x16Ha \x84V[T`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x08_a\x16ea \x84V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` R`@\x90 `\x03\x01a$\x07V[_\x81_\x03a\x16\xA9W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\x16\xE6W`@QcEp\xAE\xF9`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xB6V[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x17\x1AW`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x08\xB6V[_a\x17#a \x84V[\x90P_\x81_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17wW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\x9B\x91\x90a9\x08V[3_\x90\x81R`\x0C\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8B\x16\x84R\x90\x91R\x90 \x90\x91Pa\x17\xCC\x90\x82a+ZV[3_\x90\x81R`\x0C\x83\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 a\x17\xFA\x90\x82a+ZV[_a\x18\x11\x83a\x18\t\x85\x8Aa \xA8V[\x893\x89a'\xADV[\x90Pa\x18)\x83a\x18!\x85\x89a \xA8V[\x883\x89a\"sV[`@\x80Q\x87\x81R` \x81\x01\x84\x90R\x90\x81\x01\x82\x90R\x90\x94P`\x01`\x01`\xA0\x1B\x03\x80\x88\x16\x91\x90\x89\x16\x903\x90\x7F\xFD\xACn\x81\x919\x96\xD9Z\xBC\xC2\x89\xE9\x0F-\x8B\xD25H|\xE6\xFEo\x82\x1E}!\0*\x19\x15\xB4\x90``\x01`@Q\x80\x91\x03\x90\xA4\x82T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x89\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x18\xC2W__\xFD[PZ\xF1\x15\x80\x15a\x18\xD4W=__>=_\xFD[PPPPPPP\x93\x92PPPV[_\x82\x15\x80a\x18\xF1WPa'\x10\x83\x11[\x15a\x19\x12W`@Qc\"{\xD0W`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\xB6V[_a\x19\x1Ba \x84V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x19JW`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xB6V[_a\x19U\x82\x87a \xA8V[\x90Pa\x19c\x82\x82\x88\x87a%AV[_a\x19p\x82`\x03\x01a$\x07V[\x90P_a'\x10a\x19\x80\x88\x84a9\x1FV[a\x19\x8A\x91\x90a8\xE2V[\x90P\x80\x15a\x19\xA3Wa\x19\xA3`\x03\x85\x81\x01\x90\x85\x01\x83a+\xE3V[`\x0C\x83\x01T`\x01`\x01``\x1B\x03\x16_a'\x10a\x19\xBF\x8A\x84a9\x1FV[a\x19\xC9\x91\x90a8\xE2V[\x90Pa\x19\xD5\x81\x83a96V[`\x0C\x86\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1A\x01\x81\x84a8\xF5V[`@\x80Q\x8B\x81R` \x81\x01\x86\x90R\x90\x81\x01\x83\x90R\x90\x97P`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x7F\x99f\xFE#\x87\x91Wu\xB6YZ~\xD0\x90\xB58\t\xE9\x94\x9A\xA3\r\xB3/d\x96Gd6\xCE\x87\xAB\x90``\x01`@Q\x80\x91\x03\x90\xA2\x86\x15a\x1AoW`\x02\x86\x01Ta\x1Ao\x90`\x01`\x01`\xA0\x1B\x03\x163\x89a-OV[PPPPPP\x93\x92PPPV[_a\x1A\x86\x81a%\xDFV[a\x1A\x93\x82_a\x13\x88a%\xECV[_a\x1A\x9Ca \x84V[\x80T`@\x80Q`\x01`\xA0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F|3 \rV\xC47HR#\x9F\x90\x13\x8D\xD6;\xB8\xFFu\xFBNy\r\xD6\x1C\x94\xFA\xAC\xBDW\xD1\xD2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[a\x14\xCDa\x1B\x12a \x84V[\x82a \xA8V[_\x91\x82R_Q` a:H_9_Q\x90_R` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[_a\x1BWa \x84V[`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x1Bsa \x84V[\x90P__a\x1B\x82\x83\x863a*\xD0V[\x91P\x91Pa\x1B\x8F\x82a-\x80V[\x93P`\x01`\x01`\xA0\x1B\x03\x85\x163\x03a\x1B\xB7Wa\x1B\xAA\x81a-\x80V[a\x1B\xB4\x90\x85a8\xF5V[\x93P[\x83_\x03a\x1B\xD7W`@Qc\x12\xD3~\xE5`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83\x83`\t\x01_\x82\x82Ta\x1B\xEA\x91\x90a8\xF5V[\x90\x91UPP`@Q\x84\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16\x903\x90\x7F\xD5\"!mh\x06\xED\x90D\x0F \xC2\xEBk\xC7\r\xEA\xF0\x89\x1D\xAAt\x95\x18[z\x15T\xDB\xCC\xB8\xF9\x90` \x01`@Q\x80\x91\x03\x90\xA3`\x01\x83\x01T`@Qc{\xA6)o`\xE1\x1B\x81R3`\x04\x82\x01R`$\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c\xF7LR\xDE\x90`D\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1CzW__\xFD[PZ\xF1\x15\x80\x15a\x1C\x8CW=__>=_\xFD[PPPPPPP\x91\x90PV[__a\x1C\xA2a \x84V[3_\x90\x81R`\x0C\x82\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x81 \x80T\x92\x93P\x91`\x01`\x01`\x80\x1B\x03\x16\x90\x81\x90\x03a\x1C\xF6W`@Qc\t\x8A\xE7]`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81T`\x01`\x80\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x1D8W\x81T`@Qc\xDD\x9C\x89C`\xE0\x1B\x81R`\x01`\x80\x1B\x90\x91\x04d\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x08\xB6V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\n\x84\x01` R`@\x90 `\x0C\x81\x01T`\x01`\x01`\x80\x1B\x03`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a\x1D{\x84\x83\x83a$JV[\x85T`\x01`\x01`\x80\x1B\x03\x19\x16\x86U\x96Pa\x1D\x95\x84\x83a96V[`\x0C\x84\x01\x80T`\x01`\x01`\x80\x1B\x03\x92\x90\x92\x16`\x01``\x1B\x02`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1D\xCC\x87\x82a96V[`\x0C\x84\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90U`@\x80Q\x88\x81R` \x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x8A\x16\x913\x91\x7F}B\xDA\xB4t\xBC\xFD\xB4\xA6\xF7F\xB2SoE\xAFL,\x02\xED\xF6+\xADI\xC58\xB4\xA2\xA7f\xCB\x94\x91\x01`@Q\x80\x91\x03\x90\xA3\x86\x15a\x1ESW`\x02\x86\x01Ta\x1ES\x90`\x01`\x01`\xA0\x1B\x03\x163\x89a-OV[PPPPPP\x91\x90PV[_a\x08_\x82b\t:\x80a-\xCAV[a\x1Eu\x82a\r\x88V[a\x1E~\x81a%\xDFV[a\r\xC4\x83\x83a'4V[_a\x1E\x91a-\xD5V[\x80T\x90\x91P`\xFF`\x01`@\x1B\x82\x04\x16\x15\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15\x80\x15a\x1E\xB8WP\x82[\x90P_\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01\x14\x80\x15a\x1E\xD4WP0;\x15[\x90P\x81\x15\x80\x15a\x1E\xE2WP\x80\x15[\x15a\x1F\0W`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01\x17\x85U\x83\x15a\x1F*W\x84T`\xFF`@\x1B\x19\x16`\x01`@\x1B\x17\x85U[`\x01`\x01`\xA0\x1B\x03\x89\x16\x15\x80a\x1FGWP`\x01`\x01`\xA0\x1B\x03\x88\x16\x15[\x80a\x1FYWP`\x01`\x01`\xA0\x1B\x03\x87\x16\x15[\x80a\x1FkWP`\x01`\x01`\xA0\x1B\x03\x86\x16\x15[\x15a\x1F\x89W`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1F\x91a-\xFDV[a\x1F\x9B_\x8Aa&(V[P_a\x1F\xA5a \x84V[\x80T`\x01\x82\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x90\x81\x16`\x01`\x01`\xA0\x1B\x03\x8D\x81\x16\x91\x90\x91\x17\x90\x92U`\x02\x84\x01\x80T\x90\x91\x16\x8B\x83\x16\x17\x90U\x8B\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x91\x16\x17`}`\xA4\x1B\x17a\xFF\xFF`\xB0\x1B\x19\x16`}`\xB3\x1B\x17\x81U\x90Pa \x0EBb\t:\x80a-\xCAV[`\x06\x91\x90\x91\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U\x83\x15a yW\x84T`\xFF`@\x1B\x19\x16\x85U`@Q`\x01\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PPPPPPPPPV[\x7F-\xBB\xB2qM<\xF6O\x070\xE4V\xB2\xAE\xCD\x84\xFE\x811\x88\xE5\xD9C\xBC\xFA&P\xA3\xF3K\xE3\0\x90V[__a \xB3\x84a+\x1BV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x86\x01` R`@\x90 \x92P\x90Pa \xDD`\x03\x85\x01\x83a.\x05V[_\x80a \xEF`\x03\x87\x81\x01\x90\x86\x01a.IV[`@\x80Q`\x80\x81\x01\x82R`\x0B\x88\x01Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x82\x16` \x85\x01Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x94\x84\x01\x94\x90\x94R`\x01`H\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R\x8AT\x94\x96P\x92\x94P\x92\x90\x91`\x01`\xA0\x1B\x90\x91\x04\x16\x80\x82\x11\x15a!]W\x80\x91P[\x84\x15a!nWa!n\x87\x86\x84a/cV[a!{`\x06\x88\x01\x87a/\xC1V[P\x83\x15a!\x8DWa!\x8D\x87\x85\x84a/cV[`@\x83\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a!\xB2WP\x82`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\"gW\x82Q` \x84\x01Q`@Q`\x01`\x01`\xA0\x1B\x03\x8B\x16\x92\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x92a\"\x07\x92a\xFF\xFF\x92\x83\x16\x81R\x91\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2`@\x80Q`\x80\x81\x01\x82R` \x85\x81\x01Qa\xFF\xFF\x16\x80\x83R_\x91\x83\x01\x82\x90R\x92\x82\x01R``\x80\x86\x01Qc\xFF\xFF\xFF\xFF\x16\x91\x01\x81\x90R`\x0B\x89\x01\x80Tl\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x92\x17`\x01`H\x1B\x90\x91\x02\x17\x90U[PPPPPP\x92\x91PPV[__a\"\x81\x86`\x03\x01a$\x07V[\x90P_a\"\x8D\x87a$'V[\x90P\x80\x15\x80\x15\x90a\"\x9CWP\x81\x15[\x15a\"\xC5W`@QcY\xBB\x81k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x08\xB6V[a\"\xD0\x84\x82\x84a(\xB1V[\x92P\x82_\x03a\"\xF5W`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\xB6V[`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\x0B\x8A\x01` \x90\x81R`@\x80\x83 \x93\x8A\x16\x83R\x92\x90R a#(`\x06\x89\x01\x82a.\x05V[a#1\x81a$\x07V[_\x03a#uW`\x0B\x88\x01\x80T`\t\x90a#V\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a9IV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a#\x83`\x06\x89\x01\x82\x86a0}V[a#\x94`\x03\x8A\x81\x01\x90\x8A\x01\x87a0}V[PPP\x95\x94PPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\r\xC4\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa1\x80V[\x80T_\x90a\x08_\x90`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a8\xF5V[`\x08\x81\x01T_\x90a\x08_\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x91\x16a8\xF5V[_\x82_\x03a$YWP_a\x0C\x1AV[a$d\x84\x83\x85a1\xECV[\x94\x93PPPPV[\x80T`\x01\x82\x01T`\x02\x83\x01T`\x03\x85\x01T\x90\x92`\x01`\x01`p\x1B\x03\x81\x16\x92\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x10\x80\x15a$\xC0WP\x83T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a%*W\x83T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04\x86\x01` R`@\x90 Ta$\xEE\x82\x82a96V[a$\xF8\x90\x84a9\x1FV[a%\x02\x90\x85a8\xF5V[\x85T\x90\x94P\x90\x91P\x81\x90a%&\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x84a8\xF5V[\x92PP[\x84Ta%7\x90\x82\x90a96V[a\x15\\\x90\x83a9\x1FV[_a%K\x84a$\x07V[\x90P\x80\x82\x11\x15a%sWa%n\x84a%c\x83\x85a96V[`\x03\x88\x01\x91\x90a0}V[a%\x94V[\x80\x82\x10\x15a%\x94Wa%\x94\x84a%\x89\x84\x84a96V[`\x03\x88\x01\x91\x90a+\xE3V[`@\x80Q\x82\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x91\x7F\xD5l\x9A<T\x98\x8F\xCF\xAB|B\x8B\x06\xC2\x01\x9F}59\xA3\xC6\xA9[\xA7\xA0\xF6\x01\x1A\xA7\xF2\xBE'\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPV[a%\xE9\x813a2\x9CV[PV[\x81\x83\x10\x80a%\xF9WP\x80\x83\x11[\x15a\x0B=W`@Qc\tB$q`\xE3\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x08\xB6V[__Q` a:H_9_Q\x90_Ra&A\x84\x84a\x1B\x18V[a&\xC0W_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua&v3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4`\x01\x91PPa\x08_V[_\x91PPa\x08_V[_a&\xD4\x82\x84a9\x1FV[a&\xE0a'\x10\x87a9\x1FV[\x10\x15\x80\x15a\x0E\x16WP\x82a&\xF4\x85\x87a8\xF5V[\x10\x15\x95\x94PPPPPV[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a'0W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB6V[P\x90V[__Q` a:H_9_Q\x90_Ra'M\x84\x84a\x1B\x18V[\x15a&\xC0W_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x87\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4`\x01\x91PPa\x08_V[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\x0B\x87\x01` \x90\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 a'\xE2`\x06\x87\x01\x82a.\x05V[_a'\xEC\x82a$\x07V[\x90Pa(\x0C\x84a'\xFB\x89a$'V[a(\x07\x8A`\x03\x01a$\x07V[a2\xD5V[\x92P\x80\x83\x11\x80a(\x1AWP\x82\x15[\x15a(BW`@Qce\x8E\xC5\xDD`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x84\x90R`D\x01a\x08\xB6V[a(P`\x06\x88\x01\x83\x85a+\xE3V[\x80\x83\x03a(\x95W`\x0B\x87\x01\x80T`\t\x90a(v\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a9mV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a(\xA6`\x03\x89\x81\x01\x90\x89\x01\x86a+\xE3V[PP\x95\x94PPPPPV[_\x82_\x03a(\xC0WP\x82a\x0C\x1AV[a$d\x84\x84\x84a1\xECV[_`\x01`\x01``\x1B\x03\x82\x11\x15a'0W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB6V[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a'0W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB6V[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80a)\xA1WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a)\x95a2\xF2V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a)\xBFW`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[_a\x14\xCD\x81a%\xDFV[\x81`\x01`\x01`\xA0\x1B\x03\x16cR\xD1\x90-`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a*%WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra*\"\x91\x81\x01\x90a9\x08V[`\x01[a*MW`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x08\xB6V[_Q` a:(_9_Q\x90_R\x81\x14a*}W`@Qc*\x87Ri`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\xB6V[a\x0B=\x83\x83a3\x06V[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a)\xBFW`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a*\xDC\x85\x85a \xA8V[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R`\x0B\x88\x01` \x90\x81R`@\x80\x83 \x93\x89\x16\x83R\x92\x90R \x92P\x90Pa+\x13`\x06\x82\x01\x83a.\x05V[\x93P\x93\x91PPV[_a+)Bb\t:\x80a-\xCAV[\x90Pa+8`\x03\x83\x01\x82a/\xC1V[P\x91\x90PV[\x80\x82`\x01\x01_\x82\x82Ta+Q\x91\x90a8\xF5V[\x90\x91UPPPPV[\x81T`\x01`\xA8\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80\x15\x90a+\x81WPa+~\x82\x82a8\xF5V[B\x10[\x15a+\xB3W\x80a+\x91\x83\x82a8\xF5V[`@Qco}\xB8\xF9`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x08\xB6V[a+\xBCBa&\xFFV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA8\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\xA8\x1B\x19\x90\x91\x16\x17\x90\x92UPPV[\x81T`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a,\x02\x81\x83a8\xF5V[\x83\x11\x15a,7Wa,\x13\x81\x83a8\xF5V[`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x01a\x08\xB6V[_\x82\x84\x10a,EW\x82a,GV[\x83[\x90P_a,T\x82\x86a96V[\x90Pa,`\x82\x85a96V[\x86T`\x01`\x01`p\x1B\x03\x91\x90\x91\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x17\x86Ua,\x90\x81\x84a96V[\x86Tm\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`p\x1B\x03\x91\x90\x91\x16\x17\x86U`\x02\x87\x01\x80T\x83\x91\x90`\x10\x90a,\xD9\x90\x84\x90`\x01`\x80\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16a9\x8BV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP\x80\x87`\x02\x01_\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16a-\"\x91\x90a9\x8BV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPPPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x0B=\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01a#\xD5V[`\x02\x81\x01T_\x90a-\x9Fj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a8\xE2V[\x91P\x81\x15a+8Wa-\xBFj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a9\xAAV[`\x02\x84\x01UP\x91\x90PV[_a\x0C\x1A\x82\x84a8\xE2V[_\x80\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0a\x08_V[a)\xBFa3[V[__a.\x11\x84\x84a.IV[\x90\x92P\x90P_a.!\x82\x84a8\xF5V[\x90P\x80\x15a.BW\x80\x84`\x02\x01_\x82\x82Ta.<\x91\x90a8\xF5V[\x90\x91UPP[PPPPPV[\x81T\x81T`\x01\x83\x01T`\x03\x85\x01T_\x93\x84\x93\x90\x92`\x01`\x01`p\x1B\x03\x82\x16\x92\x90\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x11\x15a/\"W\x86T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04\x89\x01` R`@\x90 Ta.\xB4\x83\x82a96V[a.\xBE\x90\x85a9\x1FV[\x88T\x90\x97P\x90\x92P\x82\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x80\x15a/\x04Wa.\xE8\x81\x86a8\xF5V[\x89T`\x01`\x01`\xE0\x1B\x03\x19\x16`\x01`\x01`p\x1B\x03\x82\x16\x17\x8AU\x94P[PP\x86T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x87U[a/,\x82\x85a96V[a/6\x90\x84a9\x1FV[\x94P\x82\x15\x80\x15\x90a/KWP\x83\x87`\x01\x01T\x14\x15[\x15a/XW`\x01\x87\x01\x84\x90U[PPPP\x92P\x92\x90PV[_a'\x10a/q\x83\x85a9\x1FV[a/{\x91\x90a8\xE2V[\x90P\x80\x15a/\x9EW\x80\x84_\x01`\x02\x01_\x82\x82Ta/\x98\x91\x90a8\xF5V[\x90\x91UPP[a/\xB5a/\xAB\x82\x85a96V[`\x06\x86\x01\x90a+>V[a\r\xC4\x84`\x06\x01a3\x80V[`\x03\x82\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x83\x11a/\xE2W_\x91PPa\x08_V[a/\xEB\x84a3\x80V[\x83T_\x82\x81R`\x04\x86\x01` R`@\x81 \x91\x90\x91U`\x02\x85\x01\x80T`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x93\x91a0%\x91\x85\x91\x16a9\xBDV[\x82Ta\x01\0\x92\x90\x92\n`\x01`\x01`\x80\x1B\x03\x81\x81\x02\x19\x90\x93\x16\x91\x83\x16\x02\x17\x90\x91U`\x02\x86\x01\x80T\x90\x91\x16\x90UPPP`\x03\x90\x91\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x90V[\x81T_\x90a0\x9C\x90\x83\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16a8\xF5V[\x83T\x90\x91P`\x01`\x01`p\x1B\x03\x90a0\xB6\x90\x82\x16\x83a8\xF5V[\x11\x15a0\xE5W`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x01`\x01`p\x1B\x03`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\xB6V[\x82T`\x01`\x01`p\x1B\x03\x80\x83\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x83\x16\x81\x17\x86U`\x03\x87\x01Tc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x90\x91\x16\x91\x90\x92\x16\x17\x17\x83U`\x02\x84\x01\x80T\x83\x91\x90`\x10\x90a1V\x90\x84\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x90\x91\x04\x16a9\xBDV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a1\x9FW`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a1\xB6W\x80`\x01\x14\x15a1\xC3V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\r\xC4W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xB6V[___a1\xF9\x86\x86a3\xE3V[\x91P\x91P\x81_\x03a2\x1DW\x83\x81\x81a2\x13Wa2\x13a8\xBAV[\x04\x92PPPa\x0C\x1AV[\x81\x84\x11a24Wa24`\x03\x85\x15\x02`\x11\x18a3\xFFV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[a2\xA6\x82\x82a\x1B\x18V[a\x14\xCDW`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB6V[_\x81_\x03a2\xE5WP_\x19a\x0C\x1AV[a$d\x84\x84\x84`\x01a4\x10V[__Q` a:(_9_Q\x90_Ra\x11zV[a3\x0F\x82a4RV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F\xBC|\xD7Z \xEE'\xFD\x9A\xDE\xBA\xB3 A\xF7U!M\xBCk\xFF\xA9\x0C\xC0\"[9\xDA.\\-;\x90_\x90\xA2\x80Q\x15a3SWa\x0B=\x82\x82a4\xB5V[a\x14\xCDa5\x1EV[a3ca5=V[a)\xBFW`@Qc\x1A\xFC\xD7\x9F`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x81\x01T`\x01\x82\x01T`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x81\x15\x80a3\xA1WP\x80\x15[\x15a3\xABWPPPV[a3\xB5\x82\x82a8\xE2V[\x83_\x01_\x82\x82Ta3\xC6\x91\x90a8\xF5V[\x90\x91UPa3\xD6\x90P\x82\x82a9\xAAV[\x83`\x01\x01\x81\x90UPPPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[_a4=a4\x1D\x83a5VV[\x80\x15a48WP_\x84\x80a43Wa43a8\xBAV[\x86\x88\t\x11[\x15\x15\x90V[a4H\x86\x86\x86a1\xECV[a\x0E\x16\x91\x90a8\xF5V[\x80`\x01`\x01`\xA0\x1B\x03\x16;_\x03a4\x87W`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xB6V[_Q` a:(_9_Q\x90_R\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[``__\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`@Qa4\xD1\x91\x90a9\xDCV[_`@Q\x80\x83\x03\x81\x85Z\xF4\x91PP=\x80_\x81\x14a5\tW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a5\x0EV[``\x91P[P\x91P\x91Pa\x0E\x16\x85\x83\x83a5\x82V[4\x15a)\xBFW`@Qc\xB3\x98\x97\x9F`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a5Fa-\xD5V[T`\x01`@\x1B\x90\x04`\xFF\x16\x91\x90PV[_`\x02\x82`\x03\x81\x11\x15a5kWa5ka9\xF2V[a5u\x91\x90a:\x06V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[``\x82a5\x97Wa5\x92\x82a5\xDEV[a\x0C\x1AV[\x81Q\x15\x80\x15a5\xAEWP`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a5\xD7W`@Qc\x99\x96\xB3\x15`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xB6V[P\x80a\x0C\x1AV[\x80Q\x15a5\xEDW\x80Q` \x82\x01\xFD[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a6\x16W__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x0C\x1AW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a6CW__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a6YW__\xFD[a6b\x83a6-V[\x94` \x93\x90\x93\x015\x93PPPV[__`@\x83\x85\x03\x12\x15a6\x81W__\xFD[a6\x8A\x83a6-V[\x91Pa6\x98` \x84\x01a6-V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a6\xB1W__\xFD[P5\x91\x90PV[_` \x82\x84\x03\x12\x15a6\xC8W__\xFD[a\x0C\x1A\x82a6-V[__`@\x83\x85\x03\x12\x15a6\xE2W__\xFD[\x825\x91Pa6\x98` \x84\x01a6-V[___``\x84\x86\x03\x12\x15a7\x04W__\xFD[a7\r\x84a6-V[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[__`@\x83\x85\x03\x12\x15a7GW__\xFD[a7P\x83a6-V[\x91P` \x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a7kW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a7{W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a7\x95Wa7\x95a7\"V[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a7\xC4Wa7\xC4a7\"V[`@R\x81\x81R\x82\x82\x01` \x01\x87\x10\x15a7\xDBW__\xFD[\x81` \x84\x01` \x83\x017_` \x83\x83\x01\x01R\x80\x93PPPP\x92P\x92\x90PV[___``\x84\x86\x03\x12\x15a8\x0CW__\xFD[a8\x15\x84a6-V[\x92Pa8#` \x85\x01a6-V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[____`\x80\x85\x87\x03\x12\x15a8|W__\xFD[a8\x85\x85a6-V[\x93Pa8\x93` \x86\x01a6-V[\x92Pa8\xA1`@\x86\x01a6-V[\x91Pa8\xAF``\x86\x01a6-V[\x90P\x92\x95\x91\x94P\x92PV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_\x82a8\xF0Wa8\xF0a8\xBAV[P\x04\x90V[\x80\x82\x01\x80\x82\x11\x15a\x08_Wa\x08_a8\xCEV[_` \x82\x84\x03\x12\x15a9\x18W__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08_Wa\x08_a8\xCEV[\x81\x81\x03\x81\x81\x11\x15a\x08_Wa\x08_a8\xCEV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a9dWa9da8\xCEV[`\x01\x01\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x82\x16\x80a9\x82Wa9\x82a8\xCEV[_\x19\x01\x92\x91PPV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x08_Wa\x08_a8\xCEV[_\x82a9\xB8Wa9\xB8a8\xBAV[P\x06\x90V[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08_Wa\x08_a8\xCEV[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80a:\x18Wa:\x18a8\xBAV[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV\xFE6\x08\x94\xA1;\xA1\xA3!\x06g\xC8(I-\xB9\x8D\xCA> v\xCC75\xA9 \xA3\xCAP]8+\xBC\x02\xDD{\xC7\xDE\xC4\xDC\xEE\xDD\xA7u\xE5\x8D\xD5A\xE0\x8A\x11llS\x81\\\x0B\xD0(\x19/{bh\0\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405260043610610254575f3560e01c806352d1902d1161013f5780638fb2e2c2116100b3578063ad3cb1cc11610078578063ad3cb1cc14610761578063aeffaa471461079e578063b369af71146107bd578063d547741f146107dc578063d7afee47146107fb578063f8c8765e14610810575f5ffd5b80638fb2e2c2146106dd57806391d14854146106fc578063929ac35f1461071b57806396bb1fef1461072f578063a217fddf1461074e575f5ffd5b806364818bd11161010457806364818bd11461063957806365da12641461064d5780636bd8f8041461066c5780637c8c33941461068b57806380af6ff61461069f578063845dae24146106be575f5ffd5b806352d1902d146105bd578063543be731146105d15780635dbdda69146105f057806361d027b31461060657806363264baa1461061a575f5ffd5b80632f2ff15d116101d65780633e17b6001161019b5780633e17b600146105035780633e91adca1461051757806341a2b8d61461054357806347590a0f146105625780634d99dd161461058b5780634f1ef286146105aa575f5ffd5b80632f2ff15d146104735780633281a78e14610492578063355e6b43146104b157806336568abe146104d057806339955cf4146104ef575f5ffd5b80631129ee371161021c5780631129ee371461036d578063156522a81461038c5780631b91037714610417578063248a9ca31461042c578063262ddec31461044b575f5ffd5b806301ffc9a714610258578063026e402b1461028c578063046d3307146102b957806308ac776b1461032d5780630995ad4c1461034e575b5f5ffd5b348015610263575f5ffd5b50610277610272366004613606565b61082f565b60405190151581526020015b60405180910390f35b348015610297575f5ffd5b506102ab6102a6366004613648565b610865565b604051908152602001610283565b3480156102c4575f5ffd5b506102d86102d3366004613670565b61094f565b60405161028391905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b348015610338575f5ffd5b5061034c610347366004613648565b610af0565b005b348015610359575f5ffd5b5061034c6103683660046136a1565b610b42565b348015610378575f5ffd5b506102ab6103873660046136b8565b610bce565b348015610397575f5ffd5b506103ab6103a63660046136b8565b610c21565b60405161028391905f61012082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015261010083015161010083015292915050565b348015610422575f5ffd5b506102ab61138881565b348015610437575f5ffd5b506102ab6104463660046136a1565b610d88565b348015610456575f5ffd5b506104606107d081565b60405161ffff9091168152602001610283565b34801561047e575f5ffd5b5061034c61048d3660046136d1565b610da8565b34801561049d575f5ffd5b506102776104ac3660046136f2565b610dca565b3480156104bc575f5ffd5b5061034c6104cb3660046136a1565b610e1f565b3480156104db575f5ffd5b5061034c6104ea3660046136d1565b6110f9565b3480156104fa575f5ffd5b506102ab61112c565b34801561050e575f5ffd5b506102ab611157565b348015610522575f5ffd5b5061052b611171565b6040516001600160a01b039091168152602001610283565b34801561054e575f5ffd5b506102ab61055d3660046136b8565b611189565b34801561056d575f5ffd5b506105766111d7565b60408051928352602083019190915201610283565b348015610596575f5ffd5b506102ab6105a5366004613648565b6111f7565b61034c6105b8366004613736565b6114b2565b3480156105c8575f5ffd5b506102ab6114d1565b3480156105dc575f5ffd5b506102ab6105eb366004613670565b6114ec565b3480156105fb575f5ffd5b506102ab62093a8081565b348015610611575f5ffd5b5061052b611566565b348015610625575f5ffd5b5061034c6106343660046136a1565b611581565b348015610644575f5ffd5b506102ab61163f565b348015610658575f5ffd5b506102ab6106673660046136b8565b611659565b348015610677575f5ffd5b506102ab6106863660046137fa565b611688565b348015610696575f5ffd5b506102ab606481565b3480156106aa575f5ffd5b506102ab6106b93660046136f2565b6118e2565b3480156106c9575f5ffd5b5061034c6106d83660046136a1565b611a7c565b3480156106e8575f5ffd5b5061034c6106f73660046136b8565b611b07565b348015610707575f5ffd5b506102776107163660046136d1565b611b18565b348015610726575f5ffd5b5061052b611b4e565b34801561073a575f5ffd5b506102ab6107493660046136b8565b611b69565b348015610759575f5ffd5b506102ab5f81565b34801561076c575f5ffd5b50610791604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102839190613834565b3480156107a9575f5ffd5b506102ab6107b83660046136b8565b611c98565b3480156107c8575f5ffd5b506102ab6107d73660046136a1565b611e5e565b3480156107e7575f5ffd5b5061034c6107f63660046136d1565b611e6c565b348015610806575f5ffd5b506104606103e881565b34801561081b575f5ffd5b5061034c61082a366004613869565b611e88565b5f6001600160e01b03198216637965db0b60e01b148061085f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f815f0361088657604051631f2a200560e01b815260040160405180910390fd5b336001600160a01b038416036108bf5760405163d556be9360e01b81526001600160a01b03841660048201526024015b60405180910390fd5b5f6108c8612084565b90505f6108d582866120a8565b90506108e48282873388612273565b60408051868152602081018390529194506001600160a01b0387169133917f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04910160405180910390a36002820154610947906001600160a01b03163330876123a0565b505092915050565b6109886040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610991612084565b6001600160a01b038085165f818152600a840160209081526040808320948a16808452600b870183528184208585528352818420908452600c87018352818420948452938252808320815160608101835290546001600160801b038116825264ffffffffff600160801b8204811694830194909452600160a81b90049092169082015293945091929091610a2483612407565b90506040518060e00160405280828152602001610a5583610a4488612427565b610a5089600301612407565b61244a565b815283516001600160801b0390811660208301528451600c880154604090930192610a959291821691600160601b820416906001600160601b031661244a565b8152602001836020015164ffffffffff168152602001836040015164ffffffffff1681526020016a0c097ce7bc90715b34b9f160241b610ad8876006018761246c565b610ae291906138e2565b905298975050505050505050565b5f610af9612084565b80549091506001600160a01b03163314610b28576040516328b21fed60e01b81523360048201526024016108b6565b610b3d81610b3683866120a8565b8585612541565b505050565b5f610b4c816125df565b610b5a8260646127106125ec565b5f610b63612084565b805460408051600160b01b90920461ffff168252602082018690529192507f2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2910160405180910390a1805461ffff909316600160b01b0261ffff60b01b199093169290921790915550565b5f5f610bd8612084565b6001600160a01b0384165f908152600a9190910160205260409020600c8101549091506001600160601b0316610c1060038301612407565b610c1a91906138f5565b9392505050565b610c676040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610c70612084565b6001600160a01b0384165f908152600a9190910160209081526040918290208251608081018452600b82015461ffff80821683526201000082041693820193909352640100000000830464ffffffffff1681850152600160481b90920463ffffffff1660608301528251610120810190935292509080610cef84612407565b8152602001610d0084600301612407565b8152602001610d0e84612427565b8152600c93909301546001600160601b038116602080860191909152600160601b9091046001600160801b031660408086019190915260608481015163ffffffff1690860152835161ffff90811660808701529184015190911660a0850152919091015164ffffffffff1660c09092019190915292915050565b5f9081525f516020613a485f395f51905f52602052604090206001015490565b610db182610d88565b610dba816125df565b610dc48383612628565b50505050565b5f5f610dd4612084565b6001600160a01b0386165f908152600a820160205260409020909150610e16908590610e0290600301612407565b83548690600160b01b900461ffff166126c9565b95945050505050565b5f610e28612084565b8054909150600160a01b900461ffff1680831115610e6357604051632cdfe21960e01b815260048101849052602481018290526044016108b6565b5f610e6e83336120a8565b60408051608081018252600b83015461ffff8082168084526201000083049091166020840152640100000000820464ffffffffff1693830193909352600160481b900463ffffffff16606082015291925085818111610fa3576040805160808101825261ffff83168082525f60208084018290528385019190915260608781015163ffffffff16938101849052600b890180546cffffffffffffffffffffffffff1916909317600160481b9094029390931790915582518581529081018a9052429281019290925233917fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e910160405180910390a2604080518381526020810189905233917f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5910160405180910390a26110f0565b855460408051636cf6d67560e01b815290515f926001600160a01b031691636cf6d6759160048083019260209291908290030181865afa158015610fe9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061100d9190613908565b61101790426138f5565b61ffff83166020860152905061102c816126ff565b64ffffffffff1660408581018290528551600b880180546020808a01516060808c015161ffff96871663ffffffff1990951694909417620100009690921695909502176cffffffffffffffffff0000000019166401000000009096026cffffffff000000000000000000191695909517600160481b63ffffffff9092169190910217905581518681529283018b905290820183905233917fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e910160405180910390a2505b50505050505050565b6001600160a01b03811633146111225760405163334bd91960e11b815260040160405180910390fd5b610b3d8282612734565b5f6a0c097ce7bc90715b34b9f160241b611144612084565b6004015461115291906138e2565b905090565b5f611160612084565b54600160a01b900461ffff16919050565b5f61117a612084565b546001600160a01b0316919050565b5f5f611193612084565b6001600160a01b0384165f908152600a8201602052604090209091506a0c097ce7bc90715b34b9f160241b906111cd90600384019061246c565b610c1a91906138e2565b5f5f5f6111e2612084565b90508060080154816009015492509250509091565b5f815f0361121857604051631f2a200560e01b815260040160405180910390fd5b5f611221612084565b90505f61122e82866120a8565b905061123d82828733886127ad565b600c8201549093505f9061126c9086906001600160801b03600160601b820416906001600160601b03166128b1565b600c8301549091506112919061128c9087906001600160601b03166138f5565b6128cb565b600c830180546001600160601b0319166001600160601b039290921691909117908190556112d9906112d4908390600160601b90046001600160801b03166138f5565b6128fe565b600c80840180546001600160801b0393909316600160601b02600160601b600160e01b031990931692909217909155335f908152908401602090815260408083206001600160a01b038a8116855290835281842087548351636cf6d67560e01b81529351919594921692636cf6d6759260048083019391928290030181865afa158015611368573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061138c9190613908565b61139690426138f5565b82549091506113b3906112d49085906001600160801b03166138f5565b82546001600160801b0319166001600160801b03919091161782556113d7816126ff565b825464ffffffffff91909116600160801b0264ffffffffff60801b199091161782556040805188815260208101889052908101849052606081018290526001600160a01b0389169033907f011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db9060800160405180910390a38454604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b158015611491575f5ffd5b505af11580156114a3573d5f5f3e3d5ffd5b50505050505050505092915050565b6114ba612931565b6114c3826129c1565b6114cd82826129cb565b5050565b5f6114da612a87565b505f516020613a285f395f51905f5290565b5f5f5f6115016114fa612084565b8686612ad0565b915091506a0c097ce7bc90715b34b9f160241b826002015461152391906138e2565b9250846001600160a01b0316846001600160a01b03160361094757600281015461155c906a0c097ce7bc90715b34b9f160241b906138e2565b610e1690846138f5565b5f61156f612084565b600101546001600160a01b0316919050565b5f61158a612084565b60018101549091506001600160a01b031633146115bc57604051632756308960e11b81523360048201526024016108b6565b5f6115c682612b1b565b90506115ed6115e36a0c097ce7bc90715b34b9f160241b8561391f565b6003840190612b3e565b82826008015f82825461160091906138f5565b909155505060405183815281907f67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd7404859559060200160405180910390a2505050565b5f611648612084565b54600160b01b900461ffff16919050565b5f61085f611665612084565b6001600160a01b0384165f908152600a9190910160205260409020600301612407565b5f815f036116a957604051631f2a200560e01b815260040160405180910390fd5b826001600160a01b0316846001600160a01b0316036116e657604051634570aef960e11b81526001600160a01b03851660048201526024016108b6565b336001600160a01b0384160361171a5760405163d556be9360e01b81526001600160a01b03841660048201526024016108b6565b5f611723612084565b90505f815f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611777573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061179b9190613908565b335f908152600c8401602090815260408083206001600160a01b038b16845290915290209091506117cc9082612b5a565b335f908152600c8301602090815260408083206001600160a01b038916845290915290206117fa9082612b5a565b5f61181183611809858a6120a8565b8933896127ad565b90506118298361182185896120a8565b883389612273565b60408051878152602081018490529081018290529094506001600160a01b03808816919089169033907ffdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b49060600160405180910390a48254604051632f0d00dd60e21b81526001600160a01b0389811660048301529091169063bc340374906024015f604051808303815f87803b1580156118c2575f5ffd5b505af11580156118d4573d5f5f3e3d5ffd5b505050505050509392505050565b5f8215806118f1575061271083115b156119125760405163227bd05760e11b8152600481018490526024016108b6565b5f61191b612084565b80549091506001600160a01b0316331461194a576040516328b21fed60e01b81523360048201526024016108b6565b5f61195582876120a8565b905061196382828887612541565b5f61197082600301612407565b90505f612710611980888461391f565b61198a91906138e2565b905080156119a3576119a3600385810190850183612be3565b600c8301546001600160601b03165f6127106119bf8a8461391f565b6119c991906138e2565b90506119d58183613936565b600c860180546001600160601b0319166001600160601b0392909216919091179055611a0181846138f5565b604080518b8152602081018690529081018390529097506001600160a01b038b16907f9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab9060600160405180910390a28615611a6f576002860154611a6f906001600160a01b03163389612d4f565b5050505050509392505050565b5f611a86816125df565b611a93825f6113886125ec565b5f611a9c612084565b805460408051600160a01b90920461ffff168252602082018690529192507f7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2910160405180910390a1805461ffff909316600160a01b0261ffff60a01b199093169290921790915550565b6114cd611b12612084565b826120a8565b5f9182525f516020613a485f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611b57612084565b600201546001600160a01b0316919050565b5f5f611b73612084565b90505f5f611b82838633612ad0565b91509150611b8f82612d80565b93506001600160a01b0385163303611bb757611baa81612d80565b611bb490856138f5565b93505b835f03611bd7576040516312d37ee560e31b815260040160405180910390fd5b83836009015f828254611bea91906138f5565b90915550506040518481526001600160a01b0386169033907fd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f99060200160405180910390a36001830154604051637ba6296f60e11b8152336004820152602481018690526001600160a01b039091169063f74c52de906044015f604051808303815f87803b158015611c7a575f5ffd5b505af1158015611c8c573d5f5f3e3d5ffd5b50505050505050919050565b5f5f611ca2612084565b335f908152600c8201602090815260408083206001600160a01b038816845290915281208054929350916001600160801b031690819003611cf65760405163098ae75d60e21b815260040160405180910390fd5b8154600160801b900464ffffffffff16421015611d3857815460405163dd9c894360e01b8152600160801b90910464ffffffffff1660048201526024016108b6565b6001600160a01b0385165f908152600a840160205260409020600c8101546001600160801b03600160601b820416906001600160601b0316611d7b84838361244a565b85546001600160801b03191686559650611d958483613936565b600c840180546001600160801b0392909216600160601b02600160601b600160e01b0319909216919091179055611dcc8782613936565b600c840180546001600160601b0319166001600160601b039290921691909117905560408051888152602081018690526001600160a01b038a169133917f7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94910160405180910390a38615611e53576002860154611e53906001600160a01b03163389612d4f565b505050505050919050565b5f61085f8262093a80612dca565b611e7582610d88565b611e7e816125df565b610dc48383612734565b5f611e91612dd5565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015611eb85750825b90505f8267ffffffffffffffff166001148015611ed45750303b155b905081158015611ee2575080155b15611f005760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611f2a57845460ff60401b1916600160401b1785555b6001600160a01b0389161580611f4757506001600160a01b038816155b80611f5957506001600160a01b038716155b80611f6b57506001600160a01b038616155b15611f895760405163d92e233d60e01b815260040160405180910390fd5b611f91612dfd565b611f9b5f8a612628565b505f611fa5612084565b80546001820180546001600160a01b03199081166001600160a01b038d8116919091179092556002840180549091168b83161790558b166001600160b01b031990911617607d60a41b1761ffff60b01b1916607d60b31b178155905061200e4262093a80612dca565b600691909101805467ffffffffffffffff191667ffffffffffffffff909216919091179055831561207957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b7f2dbbb2714d3cf64f0730e456b2aecd84fe813188e5d943bcfa2650a3f34be30090565b5f5f6120b384612b1b565b6001600160a01b0384165f908152600a860160205260409020925090506120dd6003850183612e05565b5f806120ef6003878101908601612e49565b60408051608081018252600b88015461ffff80821680845262010000830482166020850152640100000000830464ffffffffff1694840194909452600160481b90910463ffffffff1660608301528a54949650929450929091600160a01b909104168082111561215d578091505b841561216e5761216e878684612f63565b61217b6006880187612fc1565b50831561218d5761218d878584612f63565b604083015164ffffffffff16158015906121b25750826040015164ffffffffff164210155b1561226757825160208401516040516001600160a01b038b16927f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5926122079261ffff92831681529116602082015260400190565b60405180910390a26040805160808101825260208581015161ffff168083525f9183018290529282015260608086015163ffffffff169101819052600b890180546cffffffffffffffffffffffffff1916909217600160481b9091021790555b50505050505092915050565b5f5f61228186600301612407565b90505f61228d87612427565b9050801580159061229c575081155b156122c5576040516359bb816b60e11b81526001600160a01b03871660048201526024016108b6565b6122d08482846128b1565b9250825f036122f557604051636e3699b760e11b8152600481018590526024016108b6565b6001600160a01b038086165f908152600b8a0160209081526040808320938a168352929052206123286006890182612e05565b61233181612407565b5f0361237557600b8801805460099061235690600160481b900463ffffffff16613949565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b61238360068901828661307d565b61239460038a8101908a018761307d565b50505095945050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610dc49186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613180565b80545f9061085f906001600160701b03600160701b8204811691166138f5565b60088101545f9061085f906001600160801b03600160801b8204811691166138f5565b5f825f0361245957505f610c1a565b6124648483856131ec565b949350505050565b805460018201546002830154600385015490926001600160701b038116929167ffffffffffffffff16600160e01b90910463ffffffff161080156124c057508354600160701b90046001600160701b031615155b1561252a578354600160e01b900463ffffffff165f9081526004860160205260409020546124ee8282613936565b6124f8908461391f565b61250290856138f5565b8554909450909150819061252690600160701b90046001600160701b0316846138f5565b9250505b8454612537908290613936565b61155c908361391f565b5f61254b84612407565b9050808211156125735761256e846125638385613936565b60038801919061307d565b612594565b8082101561259457612594846125898484613936565b600388019190612be3565b60408051828152602081018490526001600160a01b038516917fd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27910160405180910390a25050505050565b6125e9813361329c565b50565b818310806125f957508083115b15610b3d57604051630942247160e31b81526004810184905260248101839052604481018290526064016108b6565b5f5f516020613a485f395f51905f526126418484611b18565b6126c0575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556126763390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061085f565b5f91505061085f565b5f6126d4828461391f565b6126e06127108761391f565b10158015610e165750826126f485876138f5565b101595945050505050565b5f64ffffffffff821115612730576040516306dfcc6560e41b815260286004820152602481018390526044016108b6565b5090565b5f5f516020613a485f395f51905f5261274d8484611b18565b156126c0575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061085f565b6001600160a01b038083165f908152600b87016020908152604080832093871683529290529081206127e26006870182612e05565b5f6127ec82612407565b905061280c846127fb89612427565b6128078a600301612407565b6132d5565b92508083118061281a575082155b156128425760405163658ec5dd60e11b815260048101829052602481018490526044016108b6565b612850600688018385612be3565b80830361289557600b8701805460099061287690600160481b900463ffffffff1661396d565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b6128a6600389810190890186612be3565b505095945050505050565b5f825f036128c0575082610c1a565b6124648484846131ec565b5f6001600160601b03821115612730576040516306dfcc6560e41b815260606004820152602481018390526044016108b6565b5f6001600160801b03821115612730576040516306dfcc6560e41b815260806004820152602481018390526044016108b6565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806129a157507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166129956132f2565b6001600160a01b031614155b156129bf5760405163703e46dd60e11b815260040160405180910390fd5b565b5f6114cd816125df565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612a25575060408051601f3d908101601f19168201909252612a2291810190613908565b60015b612a4d57604051634c9c8ce360e01b81526001600160a01b03831660048201526024016108b6565b5f516020613a285f395f51905f528114612a7d57604051632a87526960e21b8152600481018290526024016108b6565b610b3d8383613306565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146129bf5760405163703e46dd60e11b815260040160405180910390fd5b5f5f612adc85856120a8565b6001600160a01b038085165f908152600b88016020908152604080832093891683529290522092509050612b136006820183612e05565b935093915050565b5f612b294262093a80612dca565b9050612b386003830182612fc1565b50919050565b80826001015f828254612b5191906138f5565b90915550505050565b8154600160a81b900464ffffffffff168015801590612b815750612b7e82826138f5565b42105b15612bb35780612b9183826138f5565b604051636f7db8f960e11b8152600481019290925260248201526044016108b6565b612bbc426126ff565b835464ffffffffff91909116600160a81b0264ffffffffff60a81b19909116179092555050565b81546001600160701b03600160701b820481169116612c0281836138f5565b831115612c3757612c1381836138f5565b60405163f47111b360e01b81526004810191909152602481018490526044016108b6565b5f828410612c455782612c47565b835b90505f612c548286613936565b9050612c608285613936565b86546001600160701b0391909116600160701b02600160701b600160e01b0319909116178655612c908184613936565b86546dffffffffffffffffffffffffffff19166001600160701b0391909116178655600287018054839190601090612cd9908490600160801b90046001600160801b031661398b565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080876002015f8282829054906101000a90046001600160801b0316612d22919061398b565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050505050565b6040516001600160a01b03838116602483015260448201839052610b3d91859182169063a9059cbb906064016123d5565b60028101545f90612d9f6a0c097ce7bc90715b34b9f160241b826138e2565b91508115612b3857612dbf6a0c097ce7bc90715b34b9f160241b826139aa565b600284015550919050565b5f610c1a82846138e2565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061085f565b6129bf61335b565b5f5f612e118484612e49565b90925090505f612e2182846138f5565b90508015612e425780846002015f828254612e3c91906138f5565b90915550505b5050505050565b81548154600183015460038501545f93849390926001600160701b03821692909167ffffffffffffffff90911690600160e01b900463ffffffff16811115612f22578654600160e01b900463ffffffff165f908152600489016020526040902054612eb48382613936565b612ebe908561391f565b88549097509092508290600160701b90046001600160701b03168015612f0457612ee881866138f5565b89546001600160e01b0319166001600160701b038216178a5594505b505086546001600160e01b0316600160e01b63ffffffff8316021787555b612f2c8285613936565b612f36908461391f565b94508215801590612f4b575083876001015414155b15612f5857600187018490555b505050509250929050565b5f612710612f71838561391f565b612f7b91906138e2565b90508015612f9e5780845f016002015f828254612f9891906138f5565b90915550505b612fb5612fab8285613936565b6006860190612b3e565b610dc484600601613380565b60038201545f9067ffffffffffffffff16808311612fe2575f91505061085f565b612feb84613380565b83545f8281526004860160205260408120919091556002850180546001600160801b03600160801b820481169391613025918591166139bd565b82546101009290920a6001600160801b0381810219909316918316021790915560028601805490911690555050506003909101805467ffffffffffffffff191667ffffffffffffffff92909216919091179055600190565b81545f9061309c908390600160701b90046001600160701b03166138f5565b83549091506001600160701b03906130b6908216836138f5565b11156130e55760405163f47111b360e01b81526001600160701b036004820152602481018290526044016108b6565b82546001600160701b03808316600160701b02600160701b600160e01b0319831681178655600387015463ffffffff16600160e01b026001600160e01b0390911691909216171783556002840180548391906010906131569084906001600160801b03600160801b909104166139bd565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050565b5f5f60205f8451602086015f885af18061319f576040513d5f823e3d81fd5b50505f513d915081156131b65780600114156131c3565b6001600160a01b0384163b155b15610dc457604051635274afe760e01b81526001600160a01b03851660048201526024016108b6565b5f5f5f6131f986866133e3565b91509150815f0361321d57838181613213576132136138ba565b0492505050610c1a565b8184116132345761323460038515026011186133ff565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6132a68282611b18565b6114cd5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108b6565b5f815f036132e557505f19610c1a565b6124648484846001613410565b5f5f516020613a285f395f51905f5261117a565b61330f82613452565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561335357610b3d82826134b5565b6114cd61351e565b61336361353d565b6129bf57604051631afcd79f60e31b815260040160405180910390fd5b600281015460018201546001600160801b03909116908115806133a1575080155b156133ab57505050565b6133b582826138e2565b835f015f8282546133c691906138f5565b909155506133d6905082826139aa565b8360010181905550505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f61343d61341d83613556565b801561343857505f8480613433576134336138ba565b868809115b151590565b6134488686866131ec565b610e1691906138f5565b806001600160a01b03163b5f0361348757604051634c9c8ce360e01b81526001600160a01b03821660048201526024016108b6565b5f516020613a285f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516134d191906139dc565b5f60405180830381855af49150503d805f8114613509576040519150601f19603f3d011682016040523d82523d5f602084013e61350e565b606091505b5091509150610e16858383613582565b34156129bf5760405163b398979f60e01b815260040160405180910390fd5b5f613546612dd5565b54600160401b900460ff16919050565b5f600282600381111561356b5761356b6139f2565b6135759190613a06565b60ff166001149050919050565b60608261359757613592826135de565b610c1a565b81511580156135ae57506001600160a01b0384163b155b156135d757604051639996b31560e01b81526001600160a01b03851660048201526024016108b6565b5080610c1a565b8051156135ed57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215613616575f5ffd5b81356001600160e01b031981168114610c1a575f5ffd5b80356001600160a01b0381168114613643575f5ffd5b919050565b5f5f60408385031215613659575f5ffd5b6136628361362d565b946020939093013593505050565b5f5f60408385031215613681575f5ffd5b61368a8361362d565b91506136986020840161362d565b90509250929050565b5f602082840312156136b1575f5ffd5b5035919050565b5f602082840312156136c8575f5ffd5b610c1a8261362d565b5f5f604083850312156136e2575f5ffd5b823591506136986020840161362d565b5f5f5f60608486031215613704575f5ffd5b61370d8461362d565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215613747575f5ffd5b6137508361362d565b9150602083013567ffffffffffffffff81111561376b575f5ffd5b8301601f8101851361377b575f5ffd5b803567ffffffffffffffff81111561379557613795613722565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156137c4576137c4613722565b6040528181528282016020018710156137db575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f5f6060848603121561380c575f5ffd5b6138158461362d565b92506138236020850161362d565b929592945050506040919091013590565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f6080858703121561387c575f5ffd5b6138858561362d565b93506138936020860161362d565b92506138a16040860161362d565b91506138af6060860161362d565b905092959194509250565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826138f0576138f06138ba565b500490565b8082018082111561085f5761085f6138ce565b5f60208284031215613918575f5ffd5b5051919050565b808202811582820484141761085f5761085f6138ce565b8181038181111561085f5761085f6138ce565b5f63ffffffff821663ffffffff8103613964576139646138ce565b60010192915050565b5f63ffffffff821680613982576139826138ce565b5f190192915050565b6001600160801b03828116828216039081111561085f5761085f6138ce565b5f826139b8576139b86138ba565b500690565b6001600160801b03818116838216019081111561085f5761085f6138ce565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680613a1857613a186138ba565b8060ff8416069150509291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x02TW_5`\xE0\x1C\x80cR\xD1\x90-\x11a\x01?W\x80c\x8F\xB2\xE2\xC2\x11a\0\xB3W\x80c\xAD<\xB1\xCC\x11a\0xW\x80c\xAD<\xB1\xCC\x14a\x07aW\x80c\xAE\xFF\xAAG\x14a\x07\x9EW\x80c\xB3i\xAFq\x14a\x07\xBDW\x80c\xD5Gt\x1F\x14a\x07\xDCW\x80c\xD7\xAF\xEEG\x14a\x07\xFBW\x80c\xF8\xC8v^\x14a\x08\x10W__\xFD[\x80c\x8F\xB2\xE2\xC2\x14a\x06\xDDW\x80c\x91\xD1HT\x14a\x06\xFCW\x80c\x92\x9A\xC3_\x14a\x07\x1BW\x80c\x96\xBB\x1F\xEF\x14a\x07/W\x80c\xA2\x17\xFD\xDF\x14a\x07NW__\xFD[\x80cd\x81\x8B\xD1\x11a\x01\x04W\x80cd\x81\x8B\xD1\x14a\x069W\x80ce\xDA\x12d\x14a\x06MW\x80ck\xD8\xF8\x04\x14a\x06lW\x80c|\x8C3\x94\x14a\x06\x8BW\x80c\x80\xAFo\xF6\x14a\x06\x9FW\x80c\x84]\xAE$\x14a\x06\xBEW__\xFD[\x80cR\xD1\x90-\x14a\x05\xBDW\x80cT;\xE71\x14a\x05\xD1W\x80c]\xBD\xDAi\x14a\x05\xF0W\x80ca\xD0'\xB3\x14a\x06\x06W\x80cc&K\xAA\x14a\x06\x1AW__\xFD[\x80c//\xF1]\x11a\x01\xD6W\x80c>\x17\xB6\0\x11a\x01\x9BW\x80c>\x17\xB6\0\x14a\x05\x03W\x80c>\x91\xAD\xCA\x14a\x05\x17W\x80cA\xA2\xB8\xD6\x14a\x05CW\x80cGY\n\x0F\x14a\x05bW\x80cM\x99\xDD\x16\x14a\x05\x8BW\x80cO\x1E\xF2\x86\x14a\x05\xAAW__\xFD[\x80c//\xF1]\x14a\x04sW\x80c2\x81\xA7\x8E\x14a\x04\x92W\x80c5^kC\x14a\x04\xB1W\x80c6V\x8A\xBE\x14a\x04\xD0W\x80c9\x95\\\xF4\x14a\x04\xEFW__\xFD[\x80c\x11)\xEE7\x11a\x02\x1CW\x80c\x11)\xEE7\x14a\x03mW\x80c\x15e\"\xA8\x14a\x03\x8CW\x80c\x1B\x91\x03w\x14a\x04\x17W\x80c$\x8A\x9C\xA3\x14a\x04,W\x80c&-\xDE\xC3\x14a\x04KW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02XW\x80c\x02n@+\x14a\x02\x8CW\x80c\x04m3\x07\x14a\x02\xB9W\x80c\x08\xACwk\x14a\x03-W\x80c\t\x95\xADL\x14a\x03NW[__\xFD[4\x80\x15a\x02cW__\xFD[Pa\x02wa\x02r6`\x04a6\x06V[a\x08/V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\x97W__\xFD[Pa\x02\xABa\x02\xA66`\x04a6HV[a\x08eV[`@Q\x90\x81R` \x01a\x02\x83V[4\x80\x15a\x02\xC4W__\xFD[Pa\x02\xD8a\x02\xD36`\x04a6pV[a\tOV[`@Qa\x02\x83\x91\x90_`\xE0\x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R\x92\x91PPV[4\x80\x15a\x038W__\xFD[Pa\x03La\x03G6`\x04a6HV[a\n\xF0V[\0[4\x80\x15a\x03YW__\xFD[Pa\x03La\x03h6`\x04a6\xA1V[a\x0BBV[4\x80\x15a\x03xW__\xFD[Pa\x02\xABa\x03\x876`\x04a6\xB8V[a\x0B\xCEV[4\x80\x15a\x03\x97W__\xFD[Pa\x03\xABa\x03\xA66`\x04a6\xB8V[a\x0C!V[`@Qa\x02\x83\x91\x90_a\x01 \x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01Ra\x01\0\x83\x01Qa\x01\0\x83\x01R\x92\x91PPV[4\x80\x15a\x04\"W__\xFD[Pa\x02\xABa\x13\x88\x81V[4\x80\x15a\x047W__\xFD[Pa\x02\xABa\x04F6`\x04a6\xA1V[a\r\x88V[4\x80\x15a\x04VW__\xFD[Pa\x04`a\x07\xD0\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x83V[4\x80\x15a\x04~W__\xFD[Pa\x03La\x04\x8D6`\x04a6\xD1V[a\r\xA8V[4\x80\x15a\x04\x9DW__\xFD[Pa\x02wa\x04\xAC6`\x04a6\xF2V[a\r\xCAV[4\x80\x15a\x04\xBCW__\xFD[Pa\x03La\x04\xCB6`\x04a6\xA1V[a\x0E\x1FV[4\x80\x15a\x04\xDBW__\xFD[Pa\x03La\x04\xEA6`\x04a6\xD1V[a\x10\xF9V[4\x80\x15a\x04\xFAW__\xFD[Pa\x02\xABa\x11,V[4\x80\x15a\x05\x0EW__\xFD[Pa\x02\xABa\x11WV[4\x80\x15a\x05\"W__\xFD[Pa\x05+a\x11qV[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\x83V[4\x80\x15a\x05NW__\xFD[Pa\x02\xABa\x05]6`\x04a6\xB8V[a\x11\x89V[4\x80\x15a\x05mW__\xFD[Pa\x05va\x11\xD7V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x02\x83V[4\x80\x15a\x05\x96W__\xFD[Pa\x02\xABa\x05\xA56`\x04a6HV[a\x11\xF7V[a\x03La\x05\xB86`\x04a76V[a\x14\xB2V[4\x80\x15a\x05\xC8W__\xFD[Pa\x02\xABa\x14\xD1V[4\x80\x15a\x05\xDCW__\xFD[Pa\x02\xABa\x05\xEB6`\x04a6pV[a\x14\xECV[4\x80\x15a\x05\xFBW__\xFD[Pa\x02\xABb\t:\x80\x81V[4\x80\x15a\x06\x11W__\xFD[Pa\x05+a\x15fV[4\x80\x15a\x06%W__\xFD[Pa\x03La\x0646`\x04a6\xA1V[a\x15\x81V[4\x80\x15a\x06DW__\xFD[Pa\x02\xABa\x16?V[4\x80\x15a\x06XW__\xFD[Pa\x02\xABa\x06g6`\x04a6\xB8V[a\x16YV[4\x80\x15a\x06wW__\xFD[Pa\x02\xABa\x06\x866`\x04a7\xFAV[a\x16\x88V[4\x80\x15a\x06\x96W__\xFD[Pa\x02\xAB`d\x81V[4\x80\x15a\x06\xAAW__\xFD[Pa\x02\xABa\x06\xB96`\x04a6\xF2V[a\x18\xE2V[4\x80\x15a\x06\xC9W__\xFD[Pa\x03La\x06\xD86`\x04a6\xA1V[a\x1A|V[4\x80\x15a\x06\xE8W__\xFD[Pa\x03La\x06\xF76`\x04a6\xB8V[a\x1B\x07V[4\x80\x15a\x07\x07W__\xFD[Pa\x02wa\x07\x166`\x04a6\xD1V[a\x1B\x18V[4\x80\x15a\x07&W__\xFD[Pa\x05+a\x1BNV[4\x80\x15a\x07:W__\xFD[Pa\x02\xABa\x07I6`\x04a6\xB8V[a\x1BiV[4\x80\x15a\x07YW__\xFD[Pa\x02\xAB_\x81V[4\x80\x15a\x07lW__\xFD[Pa\x07\x91`@Q\x80`@\x01`@R\x80`\x05\x81R` \x01d\x03R\xE3\x02\xE3`\xDC\x1B\x81RP\x81V[`@Qa\x02\x83\x91\x90a84V[4\x80\x15a\x07\xA9W__\xFD[Pa\x02\xABa\x07\xB86`\x04a6\xB8V[a\x1C\x98V[4\x80\x15a\x07\xC8W__\xFD[Pa\x02\xABa\x07\xD76`\x04a6\xA1V[a\x1E^V[4\x80\x15a\x07\xE7W__\xFD[Pa\x03La\x07\xF66`\x04a6\xD1V[a\x1ElV[4\x80\x15a\x08\x06W__\xFD[Pa\x04`a\x03\xE8\x81V[4\x80\x15a\x08\x1BW__\xFD[Pa\x03La\x08*6`\x04a8iV[a\x1E\x88V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x08_WPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x81_\x03a\x08\x86W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x08\xBFW`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\x08\xC8a \x84V[\x90P_a\x08\xD5\x82\x86a \xA8V[\x90Pa\x08\xE4\x82\x82\x873\x88a\"sV[`@\x80Q\x86\x81R` \x81\x01\x83\x90R\x91\x94P`\x01`\x01`\xA0\x1B\x03\x87\x16\x913\x91\x7F$\xD7\xBD\xA8`+\x91mdA\x7F\r\xBF\xE2\xE2\xE8\x8E\xC9\xB1\x15{\xD9\xF5\x96\xDF\xDB\x91\xBA&bN\x04\x91\x01`@Q\x80\x91\x03\x90\xA3`\x02\x82\x01Ta\tG\x90`\x01`\x01`\xA0\x1B\x03\x1630\x87a#\xA0V[PP\x92\x91PPV[a\t\x88`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\t\x91a \x84V[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\n\x84\x01` \x90\x81R`@\x80\x83 \x94\x8A\x16\x80\x84R`\x0B\x87\x01\x83R\x81\x84 \x85\x85R\x83R\x81\x84 \x90\x84R`\x0C\x87\x01\x83R\x81\x84 \x94\x84R\x93\x82R\x80\x83 \x81Q``\x81\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82Rd\xFF\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xA8\x1B\x90\x04\x90\x92\x16\x90\x82\x01R\x93\x94P\x91\x92\x90\x91a\n$\x83a$\x07V[\x90P`@Q\x80`\xE0\x01`@R\x80\x82\x81R` \x01a\nU\x83a\nD\x88a$'V[a\nP\x89`\x03\x01a$\x07V[a$JV[\x81R\x83Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16` \x83\x01R\x84Q`\x0C\x88\x01T`@\x90\x93\x01\x92a\n\x95\x92\x91\x82\x16\x91`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a$JV[\x81R` \x01\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\n\xD8\x87`\x06\x01\x87a$lV[a\n\xE2\x91\x90a8\xE2V[\x90R\x98\x97PPPPPPPPV[_a\n\xF9a \x84V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0B(W`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xB6V[a\x0B=\x81a\x0B6\x83\x86a \xA8V[\x85\x85a%AV[PPPV[_a\x0BL\x81a%\xDFV[a\x0BZ\x82`da'\x10a%\xECV[_a\x0Bca \x84V[\x80T`@\x80Q`\x01`\xB0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F#I\xFE\xA6\xDA3?\xC9G\xEB\x02E\x9A\x89}\x90EH\xA5\x97\xFD\x03|\xF7\x8AC\x19\x023\xF7~\xF2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xB0\x1B\x02a\xFF\xFF`\xB0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[__a\x0B\xD8a \x84V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` R`@\x90 `\x0C\x81\x01T\x90\x91P`\x01`\x01``\x1B\x03\x16a\x0C\x10`\x03\x83\x01a$\x07V[a\x0C\x1A\x91\x90a8\xF5V[\x93\x92PPPV[a\x0Cg`@Q\x80a\x01 \x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\x0Cpa \x84V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\x80\x81\x01\x84R`\x0B\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x81\x85\x01R`\x01`H\x1B\x90\x92\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R\x82Qa\x01 \x81\x01\x90\x93R\x92P\x90\x80a\x0C\xEF\x84a$\x07V[\x81R` \x01a\r\0\x84`\x03\x01a$\x07V[\x81R` \x01a\r\x0E\x84a$'V[\x81R`\x0C\x93\x90\x93\x01T`\x01`\x01``\x1B\x03\x81\x16` \x80\x86\x01\x91\x90\x91R`\x01``\x1B\x90\x91\x04`\x01`\x01`\x80\x1B\x03\x16`@\x80\x86\x01\x91\x90\x91R``\x84\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x86\x01R\x83Qa\xFF\xFF\x90\x81\x16`\x80\x87\x01R\x91\x84\x01Q\x90\x91\x16`\xA0\x85\x01R\x91\x90\x91\x01Qd\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x90\x92\x01\x91\x90\x91R\x92\x91PPV[_\x90\x81R_Q` a:H_9_Q\x90_R` R`@\x90 `\x01\x01T\x90V[a\r\xB1\x82a\r\x88V[a\r\xBA\x81a%\xDFV[a\r\xC4\x83\x83a&(V[PPPPV[__a\r\xD4a \x84V[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\n\x82\x01` R`@\x90 \x90\x91Pa\x0E\x16\x90\x85\x90a\x0E\x02\x90`\x03\x01a$\x07V[\x83T\x86\x90`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16a&\xC9V[\x95\x94PPPPPV[_a\x0E(a \x84V[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x80\x83\x11\x15a\x0EcW`@Qc,\xDF\xE2\x19`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`D\x01a\x08\xB6V[_a\x0En\x833a \xA8V[`@\x80Q`\x80\x81\x01\x82R`\x0B\x83\x01Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x90\x91\x16` \x84\x01Rd\x01\0\0\0\0\x82\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16``\x82\x01R\x91\x92P\x85\x81\x81\x11a\x0F\xA3W`@\x80Q`\x80\x81\x01\x82Ra\xFF\xFF\x83\x16\x80\x82R_` \x80\x84\x01\x82\x90R\x83\x85\x01\x91\x90\x91R``\x87\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x93\x81\x01\x84\x90R`\x0B\x89\x01\x80Tl\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x93\x17`\x01`H\x1B\x90\x94\x02\x93\x90\x93\x17\x90\x91U\x82Q\x85\x81R\x90\x81\x01\x8A\x90RB\x92\x81\x01\x92\x90\x92R3\x91\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x91\x01`@Q\x80\x91\x03\x90\xA2`@\x80Q\x83\x81R` \x81\x01\x89\x90R3\x91\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x91\x01`@Q\x80\x91\x03\x90\xA2a\x10\xF0V[\x85T`@\x80Qcl\xF6\xD6u`\xE0\x1B\x81R\x90Q_\x92`\x01`\x01`\xA0\x1B\x03\x16\x91cl\xF6\xD6u\x91`\x04\x80\x83\x01\x92` \x92\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x0F\xE9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x10\r\x91\x90a9\x08V[a\x10\x17\x90Ba8\xF5V[a\xFF\xFF\x83\x16` \x86\x01R\x90Pa\x10,\x81a&\xFFV[d\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x81\x01\x82\x90R\x85Q`\x0B\x88\x01\x80T` \x80\x8A\x01Q``\x80\x8C\x01Qa\xFF\xFF\x96\x87\x16c\xFF\xFF\xFF\xFF\x19\x90\x95\x16\x94\x90\x94\x17b\x01\0\0\x96\x90\x92\x16\x95\x90\x95\x02\x17l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16d\x01\0\0\0\0\x90\x96\x02l\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x19\x16\x95\x90\x95\x17`\x01`H\x1Bc\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17\x90U\x81Q\x86\x81R\x92\x83\x01\x8B\x90R\x90\x82\x01\x83\x90R3\x91\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x91\x01`@Q\x80\x91\x03\x90\xA2P[PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x11\"W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0B=\x82\x82a'4V[_j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x11Da \x84V[`\x04\x01Ta\x11R\x91\x90a8\xE2V[\x90P\x90V[_a\x11`a \x84V[T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x11za \x84V[T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x11\x93a \x84V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x82\x01` R`@\x90 \x90\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a\x11\xCD\x90`\x03\x84\x01\x90a$lV[a\x0C\x1A\x91\x90a8\xE2V[___a\x11\xE2a \x84V[\x90P\x80`\x08\x01T\x81`\t\x01T\x92P\x92PP\x90\x91V[_\x81_\x03a\x12\x18W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12!a \x84V[\x90P_a\x12.\x82\x86a \xA8V[\x90Pa\x12=\x82\x82\x873\x88a'\xADV[`\x0C\x82\x01T\x90\x93P_\x90a\x12l\x90\x86\x90`\x01`\x01`\x80\x1B\x03`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a(\xB1V[`\x0C\x83\x01T\x90\x91Pa\x12\x91\x90a\x12\x8C\x90\x87\x90`\x01`\x01``\x1B\x03\x16a8\xF5V[a(\xCBV[`\x0C\x83\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90\x81\x90Ua\x12\xD9\x90a\x12\xD4\x90\x83\x90`\x01``\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16a8\xF5V[a(\xFEV[`\x0C\x80\x84\x01\x80T`\x01`\x01`\x80\x1B\x03\x93\x90\x93\x16`\x01``\x1B\x02`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91U3_\x90\x81R\x90\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x81\x16\x85R\x90\x83R\x81\x84 \x87T\x83Qcl\xF6\xD6u`\xE0\x1B\x81R\x93Q\x91\x95\x94\x92\x16\x92cl\xF6\xD6u\x92`\x04\x80\x83\x01\x93\x91\x92\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x13hW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\x8C\x91\x90a9\x08V[a\x13\x96\x90Ba8\xF5V[\x82T\x90\x91Pa\x13\xB3\x90a\x12\xD4\x90\x85\x90`\x01`\x01`\x80\x1B\x03\x16a8\xF5V[\x82T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x82Ua\x13\xD7\x81a&\xFFV[\x82Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\x80\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x90\x91\x16\x17\x82U`@\x80Q\x88\x81R` \x81\x01\x88\x90R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16\x903\x90\x7F\x01\x1E*\x8AH\xC6\x17hV\xFBT7\xF7\xDF\xB9\x0FOs\x06\xE4\x1C\xDAAL7\x16!{\xD2L\x91\xDB\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3\x84T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x14\x91W__\xFD[PZ\xF1\x15\x80\x15a\x14\xA3W=__>=_\xFD[PPPPPPPPP\x92\x91PPV[a\x14\xBAa)1V[a\x14\xC3\x82a)\xC1V[a\x14\xCD\x82\x82a)\xCBV[PPV[_a\x14\xDAa*\x87V[P_Q` a:(_9_Q\x90_R\x90V[___a\x15\x01a\x14\xFAa \x84V[\x86\x86a*\xD0V[\x91P\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82`\x02\x01Ta\x15#\x91\x90a8\xE2V[\x92P\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\tGW`\x02\x81\x01Ta\x15\\\x90j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a8\xE2V[a\x0E\x16\x90\x84a8\xF5V[_a\x15oa \x84V[`\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\x8Aa \x84V[`\x01\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x15\xBCW`@Qc'V0\x89`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xB6V[_a\x15\xC6\x82a+\x1BV[\x90Pa\x15\xEDa\x15\xE3j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x85a9\x1FV[`\x03\x84\x01\x90a+>V[\x82\x82`\x08\x01_\x82\x82Ta\x16\0\x91\x90a8\xF5V[\x90\x91UPP`@Q\x83\x81R\x81\x90\x7Fg\xCA\xD5\x9EYX\xC0h!\x0BW\xB4\xB0\x1F\x16`\xB6$S2\xDE\x94\xB4\xEFI\x1E{\xD7@HYU\x90` \x01`@Q\x80\x91\x03\x90\xA2PPPV[_a\x16Ha \x84V[T`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x08_a\x16ea \x84V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` R`@\x90 `\x03\x01a$\x07V[_\x81_\x03a\x16\xA9W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\x16\xE6W`@QcEp\xAE\xF9`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xB6V[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x17\x1AW`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x08\xB6V[_a\x17#a \x84V[\x90P_\x81_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17wW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\x9B\x91\x90a9\x08V[3_\x90\x81R`\x0C\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8B\x16\x84R\x90\x91R\x90 \x90\x91Pa\x17\xCC\x90\x82a+ZV[3_\x90\x81R`\x0C\x83\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 a\x17\xFA\x90\x82a+ZV[_a\x18\x11\x83a\x18\t\x85\x8Aa \xA8V[\x893\x89a'\xADV[\x90Pa\x18)\x83a\x18!\x85\x89a \xA8V[\x883\x89a\"sV[`@\x80Q\x87\x81R` \x81\x01\x84\x90R\x90\x81\x01\x82\x90R\x90\x94P`\x01`\x01`\xA0\x1B\x03\x80\x88\x16\x91\x90\x89\x16\x903\x90\x7F\xFD\xACn\x81\x919\x96\xD9Z\xBC\xC2\x89\xE9\x0F-\x8B\xD25H|\xE6\xFEo\x82\x1E}!\0*\x19\x15\xB4\x90``\x01`@Q\x80\x91\x03\x90\xA4\x82T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x89\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x18\xC2W__\xFD[PZ\xF1\x15\x80\x15a\x18\xD4W=__>=_\xFD[PPPPPPP\x93\x92PPPV[_\x82\x15\x80a\x18\xF1WPa'\x10\x83\x11[\x15a\x19\x12W`@Qc\"{\xD0W`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\xB6V[_a\x19\x1Ba \x84V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x19JW`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xB6V[_a\x19U\x82\x87a \xA8V[\x90Pa\x19c\x82\x82\x88\x87a%AV[_a\x19p\x82`\x03\x01a$\x07V[\x90P_a'\x10a\x19\x80\x88\x84a9\x1FV[a\x19\x8A\x91\x90a8\xE2V[\x90P\x80\x15a\x19\xA3Wa\x19\xA3`\x03\x85\x81\x01\x90\x85\x01\x83a+\xE3V[`\x0C\x83\x01T`\x01`\x01``\x1B\x03\x16_a'\x10a\x19\xBF\x8A\x84a9\x1FV[a\x19\xC9\x91\x90a8\xE2V[\x90Pa\x19\xD5\x81\x83a96V[`\x0C\x86\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1A\x01\x81\x84a8\xF5V[`@\x80Q\x8B\x81R` \x81\x01\x86\x90R\x90\x81\x01\x83\x90R\x90\x97P`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x7F\x99f\xFE#\x87\x91Wu\xB6YZ~\xD0\x90\xB58\t\xE9\x94\x9A\xA3\r\xB3/d\x96Gd6\xCE\x87\xAB\x90``\x01`@Q\x80\x91\x03\x90\xA2\x86\x15a\x1AoW`\x02\x86\x01Ta\x1Ao\x90`\x01`\x01`\xA0\x1B\x03\x163\x89a-OV[PPPPPP\x93\x92PPPV[_a\x1A\x86\x81a%\xDFV[a\x1A\x93\x82_a\x13\x88a%\xECV[_a\x1A\x9Ca \x84V[\x80T`@\x80Q`\x01`\xA0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F|3 \rV\xC47HR#\x9F\x90\x13\x8D\xD6;\xB8\xFFu\xFBNy\r\xD6\x1C\x94\xFA\xAC\xBDW\xD1\xD2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[a\x14\xCDa\x1B\x12a \x84V[\x82a \xA8V[_\x91\x82R_Q` a:H_9_Q\x90_R` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[_a\x1BWa \x84V[`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x1Bsa \x84V[\x90P__a\x1B\x82\x83\x863a*\xD0V[\x91P\x91Pa\x1B\x8F\x82a-\x80V[\x93P`\x01`\x01`\xA0\x1B\x03\x85\x163\x03a\x1B\xB7Wa\x1B\xAA\x81a-\x80V[a\x1B\xB4\x90\x85a8\xF5V[\x93P[\x83_\x03a\x1B\xD7W`@Qc\x12\xD3~\xE5`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83\x83`\t\x01_\x82\x82Ta\x1B\xEA\x91\x90a8\xF5V[\x90\x91UPP`@Q\x84\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16\x903\x90\x7F\xD5\"!mh\x06\xED\x90D\x0F \xC2\xEBk\xC7\r\xEA\xF0\x89\x1D\xAAt\x95\x18[z\x15T\xDB\xCC\xB8\xF9\x90` \x01`@Q\x80\x91\x03\x90\xA3`\x01\x83\x01T`@Qc{\xA6)o`\xE1\x1B\x81R3`\x04\x82\x01R`$\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c\xF7LR\xDE\x90`D\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1CzW__\xFD[PZ\xF1\x15\x80\x15a\x1C\x8CW=__>=_\xFD[PPPPPPP\x91\x90PV[__a\x1C\xA2a \x84V[3_\x90\x81R`\x0C\x82\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x81 \x80T\x92\x93P\x91`\x01`\x01`\x80\x1B\x03\x16\x90\x81\x90\x03a\x1C\xF6W`@Qc\t\x8A\xE7]`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81T`\x01`\x80\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x1D8W\x81T`@Qc\xDD\x9C\x89C`\xE0\x1B\x81R`\x01`\x80\x1B\x90\x91\x04d\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x08\xB6V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\n\x84\x01` R`@\x90 `\x0C\x81\x01T`\x01`\x01`\x80\x1B\x03`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a\x1D{\x84\x83\x83a$JV[\x85T`\x01`\x01`\x80\x1B\x03\x19\x16\x86U\x96Pa\x1D\x95\x84\x83a96V[`\x0C\x84\x01\x80T`\x01`\x01`\x80\x1B\x03\x92\x90\x92\x16`\x01``\x1B\x02`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1D\xCC\x87\x82a96V[`\x0C\x84\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90U`@\x80Q\x88\x81R` \x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x8A\x16\x913\x91\x7F}B\xDA\xB4t\xBC\xFD\xB4\xA6\xF7F\xB2SoE\xAFL,\x02\xED\xF6+\xADI\xC58\xB4\xA2\xA7f\xCB\x94\x91\x01`@Q\x80\x91\x03\x90\xA3\x86\x15a\x1ESW`\x02\x86\x01Ta\x1ES\x90`\x01`\x01`\xA0\x1B\x03\x163\x89a-OV[PPPPPP\x91\x90PV[_a\x08_\x82b\t:\x80a-\xCAV[a\x1Eu\x82a\r\x88V[a\x1E~\x81a%\xDFV[a\r\xC4\x83\x83a'4V[_a\x1E\x91a-\xD5V[\x80T\x90\x91P`\xFF`\x01`@\x1B\x82\x04\x16\x15\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15\x80\x15a\x1E\xB8WP\x82[\x90P_\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01\x14\x80\x15a\x1E\xD4WP0;\x15[\x90P\x81\x15\x80\x15a\x1E\xE2WP\x80\x15[\x15a\x1F\0W`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01\x17\x85U\x83\x15a\x1F*W\x84T`\xFF`@\x1B\x19\x16`\x01`@\x1B\x17\x85U[`\x01`\x01`\xA0\x1B\x03\x89\x16\x15\x80a\x1FGWP`\x01`\x01`\xA0\x1B\x03\x88\x16\x15[\x80a\x1FYWP`\x01`\x01`\xA0\x1B\x03\x87\x16\x15[\x80a\x1FkWP`\x01`\x01`\xA0\x1B\x03\x86\x16\x15[\x15a\x1F\x89W`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1F\x91a-\xFDV[a\x1F\x9B_\x8Aa&(V[P_a\x1F\xA5a \x84V[\x80T`\x01\x82\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x90\x81\x16`\x01`\x01`\xA0\x1B\x03\x8D\x81\x16\x91\x90\x91\x17\x90\x92U`\x02\x84\x01\x80T\x90\x91\x16\x8B\x83\x16\x17\x90U\x8B\x16`\x01`\x01`\xB0\x1B\x03\x19\x90\x91\x16\x17`}`\xA4\x1B\x17a\xFF\xFF`\xB0\x1B\x19\x16`}`\xB3\x1B\x17\x81U\x90Pa \x0EBb\t:\x80a-\xCAV[`\x06\x91\x90\x91\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U\x83\x15a yW\x84T`\xFF`@\x1B\x19\x16\x85U`@Q`\x01\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PPPPPPPPPV[\x7F-\xBB\xB2qM<\xF6O\x070\xE4V\xB2\xAE\xCD\x84\xFE\x811\x88\xE5\xD9C\xBC\xFA&P\xA3\xF3K\xE3\0\x90V[__a \xB3\x84a+\x1BV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x86\x01` R`@\x90 \x92P\x90Pa \xDD`\x03\x85\x01\x83a.\x05V[_\x80a \xEF`\x03\x87\x81\x01\x90\x86\x01a.IV[`@\x80Q`\x80\x81\x01\x82R`\x0B\x88\x01Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x82\x16` \x85\x01Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x94\x84\x01\x94\x90\x94R`\x01`H\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R\x8AT\x94\x96P\x92\x94P\x92\x90\x91`\x01`\xA0\x1B\x90\x91\x04\x16\x80\x82\x11\x15a!]W\x80\x91P[\x84\x15a!nWa!n\x87\x86\x84a/cV[a!{`\x06\x88\x01\x87a/\xC1V[P\x83\x15a!\x8DWa!\x8D\x87\x85\x84a/cV[`@\x83\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a!\xB2WP\x82`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\"gW\x82Q` \x84\x01Q`@Q`\x01`\x01`\xA0\x1B\x03\x8B\x16\x92\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x92a\"\x07\x92a\xFF\xFF\x92\x83\x16\x81R\x91\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2`@\x80Q`\x80\x81\x01\x82R` \x85\x81\x01Qa\xFF\xFF\x16\x80\x83R_\x91\x83\x01\x82\x90R\x92\x82\x01R``\x80\x86\x01Qc\xFF\xFF\xFF\xFF\x16\x91\x01\x81\x90R`\x0B\x89\x01\x80Tl\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16\x90\x92\x17`\x01`H\x1B\x90\x91\x02\x17\x90U[PPPPPP\x92\x91PPV[__a\"\x81\x86`\x03\x01a$\x07V[\x90P_a\"\x8D\x87a$'V[\x90P\x80\x15\x80\x15\x90a\"\x9CWP\x81\x15[\x15a\"\xC5W`@QcY\xBB\x81k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x08\xB6V[a\"\xD0\x84\x82\x84a(\xB1V[\x92P\x82_\x03a\"\xF5W`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\xB6V[`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\x0B\x8A\x01` \x90\x81R`@\x80\x83 \x93\x8A\x16\x83R\x92\x90R a#(`\x06\x89\x01\x82a.\x05V[a#1\x81a$\x07V[_\x03a#uW`\x0B\x88\x01\x80T`\t\x90a#V\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a9IV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a#\x83`\x06\x89\x01\x82\x86a0}V[a#\x94`\x03\x8A\x81\x01\x90\x8A\x01\x87a0}V[PPP\x95\x94PPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\r\xC4\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa1\x80V[\x80T_\x90a\x08_\x90`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a8\xF5V[`\x08\x81\x01T_\x90a\x08_\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x91\x16a8\xF5V[_\x82_\x03a$YWP_a\x0C\x1AV[a$d\x84\x83\x85a1\xECV[\x94\x93PPPPV[\x80T`\x01\x82\x01T`\x02\x83\x01T`\x03\x85\x01T\x90\x92`\x01`\x01`p\x1B\x03\x81\x16\x92\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x10\x80\x15a$\xC0WP\x83T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a%*W\x83T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04\x86\x01` R`@\x90 Ta$\xEE\x82\x82a96V[a$\xF8\x90\x84a9\x1FV[a%\x02\x90\x85a8\xF5V[\x85T\x90\x94P\x90\x91P\x81\x90a%&\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x84a8\xF5V[\x92PP[\x84Ta%7\x90\x82\x90a96V[a\x15\\\x90\x83a9\x1FV[_a%K\x84a$\x07V[\x90P\x80\x82\x11\x15a%sWa%n\x84a%c\x83\x85a96V[`\x03\x88\x01\x91\x90a0}V[a%\x94V[\x80\x82\x10\x15a%\x94Wa%\x94\x84a%\x89\x84\x84a96V[`\x03\x88\x01\x91\x90a+\xE3V[`@\x80Q\x82\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x91\x7F\xD5l\x9A<T\x98\x8F\xCF\xAB|B\x8B\x06\xC2\x01\x9F}59\xA3\xC6\xA9[\xA7\xA0\xF6\x01\x1A\xA7\xF2\xBE'\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPV[a%\xE9\x813a2\x9CV[PV[\x81\x83\x10\x80a%\xF9WP\x80\x83\x11[\x15a\x0B=W`@Qc\tB$q`\xE3\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x08\xB6V[__Q` a:H_9_Q\x90_Ra&A\x84\x84a\x1B\x18V[a&\xC0W_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua&v3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4`\x01\x91PPa\x08_V[_\x91PPa\x08_V[_a&\xD4\x82\x84a9\x1FV[a&\xE0a'\x10\x87a9\x1FV[\x10\x15\x80\x15a\x0E\x16WP\x82a&\xF4\x85\x87a8\xF5V[\x10\x15\x95\x94PPPPPV[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a'0W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB6V[P\x90V[__Q` a:H_9_Q\x90_Ra'M\x84\x84a\x1B\x18V[\x15a&\xC0W_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x87\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4`\x01\x91PPa\x08_V[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\x0B\x87\x01` \x90\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 a'\xE2`\x06\x87\x01\x82a.\x05V[_a'\xEC\x82a$\x07V[\x90Pa(\x0C\x84a'\xFB\x89a$'V[a(\x07\x8A`\x03\x01a$\x07V[a2\xD5V[\x92P\x80\x83\x11\x80a(\x1AWP\x82\x15[\x15a(BW`@Qce\x8E\xC5\xDD`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x84\x90R`D\x01a\x08\xB6V[a(P`\x06\x88\x01\x83\x85a+\xE3V[\x80\x83\x03a(\x95W`\x0B\x87\x01\x80T`\t\x90a(v\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a9mV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a(\xA6`\x03\x89\x81\x01\x90\x89\x01\x86a+\xE3V[PP\x95\x94PPPPPV[_\x82_\x03a(\xC0WP\x82a\x0C\x1AV[a$d\x84\x84\x84a1\xECV[_`\x01`\x01``\x1B\x03\x82\x11\x15a'0W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB6V[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a'0W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB6V[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80a)\xA1WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a)\x95a2\xF2V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a)\xBFW`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[_a\x14\xCD\x81a%\xDFV[\x81`\x01`\x01`\xA0\x1B\x03\x16cR\xD1\x90-`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a*%WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra*\"\x91\x81\x01\x90a9\x08V[`\x01[a*MW`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x08\xB6V[_Q` a:(_9_Q\x90_R\x81\x14a*}W`@Qc*\x87Ri`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\xB6V[a\x0B=\x83\x83a3\x06V[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a)\xBFW`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a*\xDC\x85\x85a \xA8V[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R`\x0B\x88\x01` \x90\x81R`@\x80\x83 \x93\x89\x16\x83R\x92\x90R \x92P\x90Pa+\x13`\x06\x82\x01\x83a.\x05V[\x93P\x93\x91PPV[_a+)Bb\t:\x80a-\xCAV[\x90Pa+8`\x03\x83\x01\x82a/\xC1V[P\x91\x90PV[\x80\x82`\x01\x01_\x82\x82Ta+Q\x91\x90a8\xF5V[\x90\x91UPPPPV[\x81T`\x01`\xA8\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80\x15\x90a+\x81WPa+~\x82\x82a8\xF5V[B\x10[\x15a+\xB3W\x80a+\x91\x83\x82a8\xF5V[`@Qco}\xB8\xF9`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x08\xB6V[a+\xBCBa&\xFFV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA8\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\xA8\x1B\x19\x90\x91\x16\x17\x90\x92UPPV[\x81T`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a,\x02\x81\x83a8\xF5V[\x83\x11\x15a,7Wa,\x13\x81\x83a8\xF5V[`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x01a\x08\xB6V[_\x82\x84\x10a,EW\x82a,GV[\x83[\x90P_a,T\x82\x86a96V[\x90Pa,`\x82\x85a96V[\x86T`\x01`\x01`p\x1B\x03\x91\x90\x91\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x17\x86Ua,\x90\x81\x84a96V[\x86Tm\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`p\x1B\x03\x91\x90\x91\x16\x17\x86U`\x02\x87\x01\x80T\x83\x91\x90`\x10\x90a,\xD9\x90\x84\x90`\x01`\x80\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16a9\x8BV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP\x80\x87`\x02\x01_\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16a-\"\x91\x90a9\x8BV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPPPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x0B=\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01a#\xD5V[`\x02\x81\x01T_\x90a-\x9Fj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a8\xE2V[\x91P\x81\x15a+8Wa-\xBFj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a9\xAAV[`\x02\x84\x01UP\x91\x90PV[_a\x0C\x1A\x82\x84a8\xE2V[_\x80\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0a\x08_V[a)\xBFa3[V[__a.\x11\x84\x84a.IV[\x90\x92P\x90P_a.!\x82\x84a8\xF5V[\x90P\x80\x15a.BW\x80\x84`\x02\x01_\x82\x82Ta.<\x91\x90a8\xF5V[\x90\x91UPP[PPPPPV[\x81T\x81T`\x01\x83\x01T`\x03\x85\x01T_\x93\x84\x93\x90\x92`\x01`\x01`p\x1B\x03\x82\x16\x92\x90\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x11\x15a/\"W\x86T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04\x89\x01` R`@\x90 Ta.\xB4\x83\x82a96V[a.\xBE\x90\x85a9\x1FV[\x88T\x90\x97P\x90\x92P\x82\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x80\x15a/\x04Wa.\xE8\x81\x86a8\xF5V[\x89T`\x01`\x01`\xE0\x1B\x03\x19\x16`\x01`\x01`p\x1B\x03\x82\x16\x17\x8AU\x94P[PP\x86T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x87U[a/,\x82\x85a96V[a/6\x90\x84a9\x1FV[\x94P\x82\x15\x80\x15\x90a/KWP\x83\x87`\x01\x01T\x14\x15[\x15a/XW`\x01\x87\x01\x84\x90U[PPPP\x92P\x92\x90PV[_a'\x10a/q\x83\x85a9\x1FV[a/{\x91\x90a8\xE2V[\x90P\x80\x15a/\x9EW\x80\x84_\x01`\x02\x01_\x82\x82Ta/\x98\x91\x90a8\xF5V[\x90\x91UPP[a/\xB5a/\xAB\x82\x85a96V[`\x06\x86\x01\x90a+>V[a\r\xC4\x84`\x06\x01a3\x80V[`\x03\x82\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x83\x11a/\xE2W_\x91PPa\x08_V[a/\xEB\x84a3\x80V[\x83T_\x82\x81R`\x04\x86\x01` R`@\x81 \x91\x90\x91U`\x02\x85\x01\x80T`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x93\x91a0%\x91\x85\x91\x16a9\xBDV[\x82Ta\x01\0\x92\x90\x92\n`\x01`\x01`\x80\x1B\x03\x81\x81\x02\x19\x90\x93\x16\x91\x83\x16\x02\x17\x90\x91U`\x02\x86\x01\x80T\x90\x91\x16\x90UPPP`\x03\x90\x91\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x90V[\x81T_\x90a0\x9C\x90\x83\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16a8\xF5V[\x83T\x90\x91P`\x01`\x01`p\x1B\x03\x90a0\xB6\x90\x82\x16\x83a8\xF5V[\x11\x15a0\xE5W`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x01`\x01`p\x1B\x03`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\xB6V[\x82T`\x01`\x01`p\x1B\x03\x80\x83\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x83\x16\x81\x17\x86U`\x03\x87\x01Tc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x90\x91\x16\x91\x90\x92\x16\x17\x17\x83U`\x02\x84\x01\x80T\x83\x91\x90`\x10\x90a1V\x90\x84\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x90\x91\x04\x16a9\xBDV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a1\x9FW`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a1\xB6W\x80`\x01\x14\x15a1\xC3V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\r\xC4W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xB6V[___a1\xF9\x86\x86a3\xE3V[\x91P\x91P\x81_\x03a2\x1DW\x83\x81\x81a2\x13Wa2\x13a8\xBAV[\x04\x92PPPa\x0C\x1AV[\x81\x84\x11a24Wa24`\x03\x85\x15\x02`\x11\x18a3\xFFV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[a2\xA6\x82\x82a\x1B\x18V[a\x14\xCDW`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xB6V[_\x81_\x03a2\xE5WP_\x19a\x0C\x1AV[a$d\x84\x84\x84`\x01a4\x10V[__Q` a:(_9_Q\x90_Ra\x11zV[a3\x0F\x82a4RV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F\xBC|\xD7Z \xEE'\xFD\x9A\xDE\xBA\xB3 A\xF7U!M\xBCk\xFF\xA9\x0C\xC0\"[9\xDA.\\-;\x90_\x90\xA2\x80Q\x15a3SWa\x0B=\x82\x82a4\xB5V[a\x14\xCDa5\x1EV[a3ca5=V[a)\xBFW`@Qc\x1A\xFC\xD7\x9F`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x81\x01T`\x01\x82\x01T`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x81\x15\x80a3\xA1WP\x80\x15[\x15a3\xABWPPPV[a3\xB5\x82\x82a8\xE2V[\x83_\x01_\x82\x82Ta3\xC6\x91\x90a8\xF5V[\x90\x91UPa3\xD6\x90P\x82\x82a9\xAAV[\x83`\x01\x01\x81\x90UPPPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[_a4=a4\x1D\x83a5VV[\x80\x15a48WP_\x84\x80a43Wa43a8\xBAV[\x86\x88\t\x11[\x15\x15\x90V[a4H\x86\x86\x86a1\xECV[a\x0E\x16\x91\x90a8\xF5V[\x80`\x01`\x01`\xA0\x1B\x03\x16;_\x03a4\x87W`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xB6V[_Q` a:(_9_Q\x90_R\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[``__\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`@Qa4\xD1\x91\x90a9\xDCV[_`@Q\x80\x83\x03\x81\x85Z\xF4\x91PP=\x80_\x81\x14a5\tW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a5\x0EV[``\x91P[P\x91P\x91Pa\x0E\x16\x85\x83\x83a5\x82V[4\x15a)\xBFW`@Qc\xB3\x98\x97\x9F`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a5Fa-\xD5V[T`\x01`@\x1B\x90\x04`\xFF\x16\x91\x90PV[_`\x02\x82`\x03\x81\x11\x15a5kWa5ka9\xF2V[a5u\x91\x90a:\x06V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[``\x82a5\x97Wa5\x92\x82a5\xDEV[a\x0C\x1AV[\x81Q\x15\x80\x15a5\xAEWP`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a5\xD7W`@Qc\x99\x96\xB3\x15`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xB6V[P\x80a\x0C\x1AV[\x80Q\x15a5\xEDW\x80Q` \x82\x01\xFD[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a6\x16W__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x0C\x1AW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a6CW__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a6YW__\xFD[a6b\x83a6-V[\x94` \x93\x90\x93\x015\x93PPPV[__`@\x83\x85\x03\x12\x15a6\x81W__\xFD[a6\x8A\x83a6-V[\x91Pa6\x98` \x84\x01a6-V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a6\xB1W__\xFD[P5\x91\x90PV[_` \x82\x84\x03\x12\x15a6\xC8W__\xFD[a\x0C\x1A\x82a6-V[__`@\x83\x85\x03\x12\x15a6\xE2W__\xFD[\x825\x91Pa6\x98` \x84\x01a6-V[___``\x84\x86\x03\x12\x15a7\x04W__\xFD[a7\r\x84a6-V[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[__`@\x83\x85\x03\x12\x15a7GW__\xFD[a7P\x83a6-V[\x91P` \x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a7kW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a7{W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a7\x95Wa7\x95a7\"V[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a7\xC4Wa7\xC4a7\"V[`@R\x81\x81R\x82\x82\x01` \x01\x87\x10\x15a7\xDBW__\xFD[\x81` \x84\x01` \x83\x017_` \x83\x83\x01\x01R\x80\x93PPPP\x92P\x92\x90PV[___``\x84\x86\x03\x12\x15a8\x0CW__\xFD[a8\x15\x84a6-V[\x92Pa8#` \x85\x01a6-V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[____`\x80\x85\x87\x03\x12\x15a8|W__\xFD[a8\x85\x85a6-V[\x93Pa8\x93` \x86\x01a6-V[\x92Pa8\xA1`@\x86\x01a6-V[\x91Pa8\xAF``\x86\x01a6-V[\x90P\x92\x95\x91\x94P\x92PV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_\x82a8\xF0Wa8\xF0a8\xBAV[P\x04\x90V[\x80\x82\x01\x80\x82\x11\x15a\x08_Wa\x08_a8\xCEV[_` \x82\x84\x03\x12\x15a9\x18W__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08_Wa\x08_a8\xCEV[\x81\x81\x03\x81\x81\x11\x15a\x08_Wa\x08_a8\xCEV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a9dWa9da8\xCEV[`\x01\x01\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x82\x16\x80a9\x82Wa9\x82a8\xCEV[_\x19\x01\x92\x91PPV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x08_Wa\x08_a8\xCEV[_\x82a9\xB8Wa9\xB8a8\xBAV[P\x06\x90V[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08_Wa\x08_a8\xCEV[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80a:\x18Wa:\x18a8\xBAV[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV\xFE6\x08\x94\xA1;\xA1\xA3!\x06g\xC8(I-\xB9\x8D\xCA> v\xCC75\xA9 \xA3\xCAP]8+\xBC\x02\xDD{\xC7\xDE\xC4\xDC\xEE\xDD\xA7u\xE5\x8D\xD5A\xE0\x8A\x11llS\x81\\\x0B\xD0(\x19/{bh\0\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlBadConfirmation()` and selector `0x6697b232`.
```solidity
error AccessControlBadConfirmation();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlBadConfirmation;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlBadConfirmation>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlBadConfirmation()";
            const SELECTOR: [u8; 4] = [102u8, 151u8, 178u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlUnauthorizedAccount(address,bytes32)` and selector `0xe2517d3f`.
```solidity
error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub neededRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    neededRole: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlUnauthorizedAccount(address,bytes32)";
            const SELECTOR: [u8; 4] = [226u8, 81u8, 125u8, 63u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.neededRole),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AddressEmptyCode(address)` and selector `0x9996b315`.
```solidity
error AddressEmptyCode(address target);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AddressEmptyCode {
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AddressEmptyCode> for UnderlyingRustTuple<'_> {
            fn from(value: AddressEmptyCode) -> Self {
                (value.target,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AddressEmptyCode {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { target: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AddressEmptyCode {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AddressEmptyCode(address)";
            const SELECTOR: [u8; 4] = [153u8, 150u8, 179u8, 21u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.target,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CommissionTooHigh(uint256,uint256)` and selector `0x2cdfe219`.
```solidity
error CommissionTooHigh(uint256 bps, uint256 maxBps);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CommissionTooHigh {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CommissionTooHigh> for UnderlyingRustTuple<'_> {
            fn from(value: CommissionTooHigh) -> Self {
                (value.bps, value.maxBps)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CommissionTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bps: tuple.0,
                    maxBps: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CommissionTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CommissionTooHigh(uint256,uint256)";
            const SELECTOR: [u8; 4] = [44u8, 223u8, 226u8, 25u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxBps),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC1967InvalidImplementation(address)` and selector `0x4c9c8ce3`.
```solidity
error ERC1967InvalidImplementation(address implementation);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC1967InvalidImplementation {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC1967InvalidImplementation>
        for UnderlyingRustTuple<'_> {
            fn from(value: ERC1967InvalidImplementation) -> Self {
                (value.implementation,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ERC1967InvalidImplementation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { implementation: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC1967InvalidImplementation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC1967InvalidImplementation(address)";
            const SELECTOR: [u8; 4] = [76u8, 156u8, 140u8, 227u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.implementation,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC1967NonPayable()` and selector `0xb398979f`.
```solidity
error ERC1967NonPayable();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC1967NonPayable;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC1967NonPayable> for UnderlyingRustTuple<'_> {
            fn from(value: ERC1967NonPayable) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC1967NonPayable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC1967NonPayable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC1967NonPayable()";
            const SELECTOR: [u8; 4] = [179u8, 152u8, 151u8, 159u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `FailedCall()` and selector `0xd6bda275`.
```solidity
error FailedCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FailedCall;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<FailedCall> for UnderlyingRustTuple<'_> {
            fn from(value: FailedCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FailedCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FailedCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FailedCall()";
            const SELECTOR: [u8; 4] = [214u8, 189u8, 162u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InsufficientShares(uint256,uint256)` and selector `0xcb1d8bba`.
```solidity
error InsufficientShares(uint256 shares, uint256 required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InsufficientShares {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub required: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InsufficientShares> for UnderlyingRustTuple<'_> {
            fn from(value: InsufficientShares) -> Self {
                (value.shares, value.required)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InsufficientShares {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    shares: tuple.0,
                    required: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InsufficientShares {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InsufficientShares(uint256,uint256)";
            const SELECTOR: [u8; 4] = [203u8, 29u8, 139u8, 186u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidInitialization()` and selector `0xf92ee8a9`.
```solidity
error InvalidInitialization();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidInitialization;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidInitialization> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidInitialization) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidInitialization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidInitialization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidInitialization()";
            const SELECTOR: [u8; 4] = [249u8, 46u8, 232u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSlashBps(uint256)` and selector `0x44f7a0ae`.
```solidity
error InvalidSlashBps(uint256 bps);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSlashBps {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSlashBps> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSlashBps) -> Self {
                (value.bps,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSlashBps {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { bps: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSlashBps {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSlashBps(uint256)";
            const SELECTOR: [u8; 4] = [68u8, 247u8, 160u8, 174u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotInitializing()` and selector `0xd7e6bcf8`.
```solidity
error NotInitializing();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotInitializing;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotInitializing> for UnderlyingRustTuple<'_> {
            fn from(value: NotInitializing) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotInitializing {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotInitializing {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotInitializing()";
            const SELECTOR: [u8; 4] = [215u8, 230u8, 188u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotSelectionManager(address)` and selector `0x28b21fed`.
```solidity
error NotSelectionManager(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotSelectionManager {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotSelectionManager> for UnderlyingRustTuple<'_> {
            fn from(value: NotSelectionManager) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotSelectionManager {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotSelectionManager {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotSelectionManager(address)";
            const SELECTOR: [u8; 4] = [40u8, 178u8, 31u8, 237u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotTreasury(address)` and selector `0x4eac6112`.
```solidity
error NotTreasury(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotTreasury {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotTreasury> for UnderlyingRustTuple<'_> {
            fn from(value: NotTreasury) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotTreasury {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotTreasury {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotTreasury(address)";
            const SELECTOR: [u8; 4] = [78u8, 172u8, 97u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingToClaim()` and selector `0x969bf728`.
```solidity
error NothingToClaim();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToClaim;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingToClaim> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToClaim) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToClaim {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToClaim {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToClaim()";
            const SELECTOR: [u8; 4] = [150u8, 155u8, 247u8, 40u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingUnbonding()` and selector `0x262b9d74`.
```solidity
error NothingUnbonding();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingUnbonding;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingUnbonding> for UnderlyingRustTuple<'_> {
            fn from(value: NothingUnbonding) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingUnbonding {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingUnbonding {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingUnbonding()";
            const SELECTOR: [u8; 4] = [38u8, 43u8, 157u8, 116u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ParameterOutOfBounds(uint256,uint256,uint256)` and selector `0x4a112388`.
```solidity
error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ParameterOutOfBounds {
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minimum: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maximum: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ParameterOutOfBounds> for UnderlyingRustTuple<'_> {
            fn from(value: ParameterOutOfBounds) -> Self {
                (value.value, value.minimum, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ParameterOutOfBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    value: tuple.0,
                    minimum: tuple.1,
                    maximum: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ParameterOutOfBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ParameterOutOfBounds(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [74u8, 17u8, 35u8, 136u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minimum),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PoolWiped(address)` and selector `0xb37702d6`.
```solidity
error PoolWiped(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PoolWiped {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PoolWiped> for UnderlyingRustTuple<'_> {
            fn from(value: PoolWiped) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PoolWiped {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PoolWiped {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PoolWiped(address)";
            const SELECTOR: [u8; 4] = [179u8, 119u8, 2u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RedelegationToSamePool(address)` and selector `0x8ae15df2`.
```solidity
error RedelegationToSamePool(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RedelegationToSamePool {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RedelegationToSamePool> for UnderlyingRustTuple<'_> {
            fn from(value: RedelegationToSamePool) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RedelegationToSamePool {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RedelegationToSamePool {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RedelegationToSamePool(address)";
            const SELECTOR: [u8; 4] = [138u8, 225u8, 93u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RedelegationTooSoon(uint256,uint256)` and selector `0xdefb71f2`.
```solidity
error RedelegationTooSoon(uint256 redelegatedAt, uint256 allowedAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RedelegationTooSoon {
        #[allow(missing_docs)]
        pub redelegatedAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub allowedAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RedelegationTooSoon> for UnderlyingRustTuple<'_> {
            fn from(value: RedelegationTooSoon) -> Self {
                (value.redelegatedAt, value.allowedAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RedelegationTooSoon {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    redelegatedAt: tuple.0,
                    allowedAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RedelegationTooSoon {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RedelegationTooSoon(uint256,uint256)";
            const SELECTOR: [u8; 4] = [222u8, 251u8, 113u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.redelegatedAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.allowedAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
```solidity
error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeCastOverflowedUintDowncast>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bits: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.bits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SelfDelegation(address)` and selector `0xd556be93`.
```solidity
error SelfDelegation(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SelfDelegation {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SelfDelegation> for UnderlyingRustTuple<'_> {
            fn from(value: SelfDelegation) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SelfDelegation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SelfDelegation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SelfDelegation(address)";
            const SELECTOR: [u8; 4] = [213u8, 86u8, 190u8, 147u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StillUnbonding(uint256)` and selector `0xdd9c8943`.
```solidity
error StillUnbonding(uint256 releaseAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StillUnbonding {
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StillUnbonding> for UnderlyingRustTuple<'_> {
            fn from(value: StillUnbonding) -> Self {
                (value.releaseAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StillUnbonding {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { releaseAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StillUnbonding {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StillUnbonding(uint256)";
            const SELECTOR: [u8; 4] = [221u8, 156u8, 137u8, 67u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UUPSUnauthorizedCallContext()` and selector `0xe07c8dba`.
```solidity
error UUPSUnauthorizedCallContext();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UUPSUnauthorizedCallContext;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UUPSUnauthorizedCallContext>
        for UnderlyingRustTuple<'_> {
            fn from(value: UUPSUnauthorizedCallContext) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UUPSUnauthorizedCallContext {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UUPSUnauthorizedCallContext {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UUPSUnauthorizedCallContext()";
            const SELECTOR: [u8; 4] = [224u8, 124u8, 141u8, 186u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UUPSUnsupportedProxiableUUID(bytes32)` and selector `0xaa1d49a4`.
```solidity
error UUPSUnsupportedProxiableUUID(bytes32 slot);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UUPSUnsupportedProxiableUUID {
        #[allow(missing_docs)]
        pub slot: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UUPSUnsupportedProxiableUUID>
        for UnderlyingRustTuple<'_> {
            fn from(value: UUPSUnsupportedProxiableUUID) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UUPSUnsupportedProxiableUUID {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UUPSUnsupportedProxiableUUID {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UUPSUnsupportedProxiableUUID(bytes32)";
            const SELECTOR: [u8; 4] = [170u8, 29u8, 73u8, 164u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slot),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `WeightExceeded(uint256,uint256)` and selector `0xf47111b3`.
```solidity
error WeightExceeded(uint256 weight, uint256 removed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WeightExceeded {
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub removed: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<WeightExceeded> for UnderlyingRustTuple<'_> {
            fn from(value: WeightExceeded) -> Self {
                (value.weight, value.removed)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WeightExceeded {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    weight: tuple.0,
                    removed: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WeightExceeded {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WeightExceeded(uint256,uint256)";
            const SELECTOR: [u8; 4] = [244u8, 113u8, 17u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.removed),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAddress()` and selector `0xd92e233d`.
```solidity
error ZeroAddress();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAddress()";
            const SELECTOR: [u8; 4] = [217u8, 46u8, 35u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAmount()` and selector `0x1f2a2005`.
```solidity
error ZeroAmount();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAmount;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAmount> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAmount) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAmount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAmount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAmount()";
            const SELECTOR: [u8; 4] = [31u8, 42u8, 32u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroShares(uint256)` and selector `0xdc6d336e`.
```solidity
error ZeroShares(uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroShares {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroShares> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroShares) -> Self {
                (value.amount,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroShares {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { amount: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroShares {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroShares(uint256)";
            const SELECTOR: [u8; 4] = [220u8, 109u8, 51u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommissionChangeScheduled(address,uint256,uint256,uint256)` and selector `0xa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e`.
```solidity
event CommissionChangeScheduled(address indexed operator, uint256 previousBps, uint256 newBps, uint256 effectiveAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CommissionChangeScheduled {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub effectiveAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommissionChangeScheduled {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CommissionChangeScheduled(address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                165u8, 99u8, 229u8, 137u8, 169u8, 83u8, 220u8, 192u8, 199u8, 130u8,
                220u8, 225u8, 35u8, 1u8, 151u8, 48u8, 240u8, 222u8, 193u8, 28u8, 131u8,
                225u8, 219u8, 12u8, 202u8, 138u8, 123u8, 129u8, 97u8, 205u8, 243u8, 14u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousBps: data.0,
                    newBps: data.1,
                    effectiveAt: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommissionChangeScheduled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommissionChangeScheduled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &CommissionChangeScheduled,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommissionUpdated(address,uint256,uint256)` and selector `0x6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5`.
```solidity
event CommissionUpdated(address indexed operator, uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CommissionUpdated {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommissionUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CommissionUpdated(address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                110u8, 80u8, 13u8, 179u8, 12u8, 229u8, 53u8, 211u8, 136u8, 82u8, 227u8,
                24u8, 243u8, 51u8, 233u8, 190u8, 65u8, 163u8, 254u8, 198u8, 198u8, 93u8,
                35u8, 78u8, 187u8, 6u8, 32u8, 60u8, 137u8, 109u8, 185u8, 165u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommissionUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommissionUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CommissionUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Delegated(address,address,uint256,uint256)` and selector `0x24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04`.
```solidity
event Delegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Delegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Delegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Delegated(address,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                36u8, 215u8, 189u8, 168u8, 96u8, 43u8, 145u8, 109u8, 100u8, 65u8, 127u8,
                13u8, 191u8, 226u8, 226u8, 232u8, 142u8, 201u8, 177u8, 21u8, 123u8,
                217u8, 245u8, 150u8, 223u8, 219u8, 145u8, 186u8, 38u8, 98u8, 78u8, 4u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    shares: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Delegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Delegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Delegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DelegationWithdrawn(address,address,uint256,uint256)` and selector `0x7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94`.
```solidity
event DelegationWithdrawn(address indexed delegator, address indexed operator, uint256 amount, uint256 unbondingShares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct DelegationWithdrawn {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DelegationWithdrawn {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DelegationWithdrawn(address,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                125u8, 66u8, 218u8, 180u8, 116u8, 188u8, 253u8, 180u8, 166u8, 247u8,
                70u8, 178u8, 83u8, 111u8, 69u8, 175u8, 76u8, 44u8, 2u8, 237u8, 246u8,
                43u8, 173u8, 73u8, 197u8, 56u8, 180u8, 162u8, 167u8, 102u8, 203u8, 148u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    unbondingShares: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DelegationWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DelegationWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DelegationWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Initialized(uint64)` and selector `0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2`.
```solidity
event Initialized(uint64 version);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Initialized {
        #[allow(missing_docs)]
        pub version: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Initialized {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Initialized(uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                199u8, 245u8, 5u8, 178u8, 243u8, 113u8, 174u8, 33u8, 117u8, 238u8, 73u8,
                19u8, 244u8, 73u8, 158u8, 31u8, 38u8, 51u8, 167u8, 181u8, 147u8, 99u8,
                33u8, 238u8, 209u8, 205u8, 174u8, 182u8, 17u8, 81u8, 129u8, 210u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { version: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Initialized {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Initialized> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Initialized) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MaxCommissionBpsUpdated(uint256,uint256)` and selector `0x7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2`.
```solidity
event MaxCommissionBpsUpdated(uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MaxCommissionBpsUpdated {
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for MaxCommissionBpsUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MaxCommissionBpsUpdated(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                124u8, 51u8, 32u8, 13u8, 86u8, 196u8, 55u8, 72u8, 82u8, 35u8, 159u8,
                144u8, 19u8, 141u8, 214u8, 59u8, 184u8, 255u8, 117u8, 251u8, 78u8, 121u8,
                13u8, 214u8, 28u8, 148u8, 250u8, 172u8, 189u8, 87u8, 209u8, 210u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for MaxCommissionBpsUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MaxCommissionBpsUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &MaxCommissionBpsUpdated,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MinimumSelfStakeBpsUpdated(uint256,uint256)` and selector `0x2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2`.
```solidity
event MinimumSelfStakeBpsUpdated(uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MinimumSelfStakeBpsUpdated {
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for MinimumSelfStakeBpsUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MinimumSelfStakeBpsUpdated(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                35u8, 73u8, 254u8, 166u8, 218u8, 51u8, 63u8, 201u8, 71u8, 235u8, 2u8,
                69u8, 154u8, 137u8, 125u8, 144u8, 69u8, 72u8, 165u8, 151u8, 253u8, 3u8,
                124u8, 247u8, 138u8, 67u8, 25u8, 2u8, 51u8, 247u8, 126u8, 242u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for MinimumSelfStakeBpsUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MinimumSelfStakeBpsUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &MinimumSelfStakeBpsUpdated,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnStakeUpdated(address,uint256,uint256)` and selector `0xd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27`.
```solidity
event OwnStakeUpdated(address indexed operator, uint256 previousStake, uint256 newStake);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnStakeUpdated {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnStakeUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnStakeUpdated(address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                213u8, 108u8, 154u8, 60u8, 84u8, 152u8, 143u8, 207u8, 171u8, 124u8, 66u8,
                139u8, 6u8, 194u8, 1u8, 159u8, 125u8, 53u8, 57u8, 163u8, 198u8, 169u8,
                91u8, 167u8, 160u8, 246u8, 1u8, 26u8, 167u8, 242u8, 190u8, 39u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousStake: data.0,
                    newStake: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newStake),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnStakeUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnStakeUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnStakeUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PoolSlashed(address,uint256,uint256,uint256)` and selector `0x9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab`.
```solidity
event PoolSlashed(address indexed operator, uint256 bps, uint256 fromDelegated, uint256 fromUnbonding);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PoolSlashed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fromDelegated: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fromUnbonding: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PoolSlashed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PoolSlashed(address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                153u8, 102u8, 254u8, 35u8, 135u8, 145u8, 87u8, 117u8, 182u8, 89u8, 90u8,
                126u8, 208u8, 144u8, 181u8, 56u8, 9u8, 233u8, 148u8, 154u8, 163u8, 13u8,
                179u8, 47u8, 100u8, 150u8, 71u8, 100u8, 54u8, 206u8, 135u8, 171u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    bps: data.0,
                    fromDelegated: data.1,
                    fromUnbonding: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.fromDelegated),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.fromUnbonding),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PoolSlashed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PoolSlashed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PoolSlashed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Redelegated(address,address,address,uint256,uint256,uint256)` and selector `0xfdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b4`.
```solidity
event Redelegated(address indexed delegator, address indexed from, address indexed to, uint256 amount, uint256 sharesBurned, uint256 sharesMinted);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Redelegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub sharesBurned: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub sharesMinted: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Redelegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Redelegated(address,address,address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                253u8, 172u8, 110u8, 129u8, 145u8, 57u8, 150u8, 217u8, 90u8, 188u8,
                194u8, 137u8, 233u8, 15u8, 45u8, 139u8, 210u8, 53u8, 72u8, 124u8, 230u8,
                254u8, 111u8, 130u8, 30u8, 125u8, 33u8, 0u8, 42u8, 25u8, 21u8, 180u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    from: topics.2,
                    to: topics.3,
                    amount: data.0,
                    sharesBurned: data.1,
                    sharesMinted: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.sharesBurned),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.sharesMinted),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.from.clone(),
                    self.to.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.from,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.to,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Redelegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Redelegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Redelegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleAdminChanged(bytes32,bytes32,bytes32)` and selector `0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff`.
```solidity
event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleAdminChanged {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousAdminRole: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub newAdminRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleAdminChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    previousAdminRole: topics.2,
                    newAdminRole: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.previousAdminRole.clone(),
                    self.newAdminRole.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.previousAdminRole);
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.newAdminRole);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleAdminChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleAdminChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleAdminChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleGranted(bytes32,address,address)` and selector `0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d`.
```solidity
event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleGranted {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleGranted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleRevoked(bytes32,address,address)` and selector `0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b`.
```solidity
event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleRevoked {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `StakingRewardsClaimed(address,address,uint256)` and selector `0xd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f9`.
```solidity
event StakingRewardsClaimed(address indexed account, address indexed operator, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct StakingRewardsClaimed {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for StakingRewardsClaimed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "StakingRewardsClaimed(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                213u8, 34u8, 33u8, 109u8, 104u8, 6u8, 237u8, 144u8, 68u8, 15u8, 32u8,
                194u8, 235u8, 107u8, 199u8, 13u8, 234u8, 240u8, 137u8, 29u8, 170u8,
                116u8, 149u8, 24u8, 91u8, 122u8, 21u8, 84u8, 219u8, 204u8, 184u8, 249u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    account: topics.1,
                    operator: topics.2,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.account.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for StakingRewardsClaimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&StakingRewardsClaimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &StakingRewardsClaimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `StakingRewardsNotified(uint256,uint256)` and selector `0x67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd740485955`.
```solidity
event StakingRewardsNotified(uint256 amount, uint256 indexed interval);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct StakingRewardsNotified {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub interval: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for StakingRewardsNotified {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "StakingRewardsNotified(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                103u8, 202u8, 213u8, 158u8, 89u8, 88u8, 192u8, 104u8, 33u8, 11u8, 87u8,
                180u8, 176u8, 31u8, 22u8, 96u8, 182u8, 36u8, 83u8, 50u8, 222u8, 148u8,
                180u8, 239u8, 73u8, 30u8, 123u8, 215u8, 64u8, 72u8, 89u8, 85u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    amount: data.0,
                    interval: topics.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.interval.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.interval);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for StakingRewardsNotified {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&StakingRewardsNotified> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &StakingRewardsNotified) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Undelegated(address,address,uint256,uint256,uint256,uint256)` and selector `0x011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db`.
```solidity
event Undelegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares, uint256 unbondingShares, uint256 releaseAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Undelegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Undelegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Undelegated(address,address,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                1u8, 30u8, 42u8, 138u8, 72u8, 198u8, 23u8, 104u8, 86u8, 251u8, 84u8,
                55u8, 247u8, 223u8, 185u8, 15u8, 79u8, 115u8, 6u8, 228u8, 28u8, 218u8,
                65u8, 76u8, 55u8, 22u8, 33u8, 123u8, 210u8, 76u8, 145u8, 219u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    shares: data.1,
                    unbondingShares: data.2,
                    releaseAt: data.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Undelegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Undelegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Undelegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Upgraded(address)` and selector `0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b`.
```solidity
event Upgraded(address indexed implementation);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Upgraded {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Upgraded {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Upgraded(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                188u8, 124u8, 215u8, 90u8, 32u8, 238u8, 39u8, 253u8, 154u8, 222u8, 186u8,
                179u8, 32u8, 65u8, 247u8, 85u8, 33u8, 77u8, 188u8, 107u8, 255u8, 169u8,
                12u8, 192u8, 34u8, 91u8, 57u8, 218u8, 46u8, 92u8, 45u8, 59u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { implementation: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.implementation.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.implementation,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Upgraded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Upgraded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Upgraded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {}
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
```solidity
function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_ADMIN_ROLE()`](DEFAULT_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 253u8, 223u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MAX_COMMISSION_BPS()` and selector `0x262ddec3`.
```solidity
function DEFAULT_MAX_COMMISSION_BPS() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_COMMISSION_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MAX_COMMISSION_BPS()`](DEFAULT_MAX_COMMISSION_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_COMMISSION_BPSReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MAX_COMMISSION_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_COMMISSION_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_COMMISSION_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MAX_COMMISSION_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_COMMISSION_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_COMMISSION_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MAX_COMMISSION_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MAX_COMMISSION_BPS()";
            const SELECTOR: [u8; 4] = [38u8, 45u8, 222u8, 195u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_MAX_COMMISSION_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_MAX_COMMISSION_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MINIMUM_SELF_STAKE_BPS()` and selector `0xd7afee47`.
```solidity
function DEFAULT_MINIMUM_SELF_STAKE_BPS() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MINIMUM_SELF_STAKE_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MINIMUM_SELF_STAKE_BPS()`](DEFAULT_MINIMUM_SELF_STAKE_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MINIMUM_SELF_STAKE_BPSReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MINIMUM_SELF_STAKE_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MINIMUM_SELF_STAKE_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MINIMUM_SELF_STAKE_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MINIMUM_SELF_STAKE_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MINIMUM_SELF_STAKE_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MINIMUM_SELF_STAKE_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MINIMUM_SELF_STAKE_BPS()";
            const SELECTOR: [u8; 4] = [215u8, 175u8, 238u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_COMMISSION_CAP_BPS()` and selector `0x1b910377`.
```solidity
function MAX_COMMISSION_CAP_BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COMMISSION_CAP_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_COMMISSION_CAP_BPS()`](MAX_COMMISSION_CAP_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COMMISSION_CAP_BPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_COMMISSION_CAP_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COMMISSION_CAP_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_COMMISSION_CAP_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_COMMISSION_CAP_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COMMISSION_CAP_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_COMMISSION_CAP_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_COMMISSION_CAP_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_COMMISSION_CAP_BPS()";
            const SELECTOR: [u8; 4] = [27u8, 145u8, 3u8, 119u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_COMMISSION_CAP_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_COMMISSION_CAP_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_SELF_STAKE_FLOOR_BPS()` and selector `0x7c8c3394`.
```solidity
function MIN_SELF_STAKE_FLOOR_BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_SELF_STAKE_FLOOR_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_SELF_STAKE_FLOOR_BPS()`](MIN_SELF_STAKE_FLOOR_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_SELF_STAKE_FLOOR_BPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_SELF_STAKE_FLOOR_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_SELF_STAKE_FLOOR_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_SELF_STAKE_FLOOR_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_SELF_STAKE_FLOOR_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_SELF_STAKE_FLOOR_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_SELF_STAKE_FLOOR_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_SELF_STAKE_FLOOR_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_SELF_STAKE_FLOOR_BPS()";
            const SELECTOR: [u8; 4] = [124u8, 140u8, 51u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MIN_SELF_STAKE_FLOOR_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MIN_SELF_STAKE_FLOOR_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `REWARD_INTERVAL()` and selector `0x5dbdda69`.
```solidity
function REWARD_INTERVAL() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REWARD_INTERVALCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`REWARD_INTERVAL()`](REWARD_INTERVALCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REWARD_INTERVALReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REWARD_INTERVALCall> for UnderlyingRustTuple<'_> {
                fn from(value: REWARD_INTERVALCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for REWARD_INTERVALCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REWARD_INTERVALReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: REWARD_INTERVALReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for REWARD_INTERVALReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for REWARD_INTERVALCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "REWARD_INTERVAL()";
            const SELECTOR: [u8; 4] = [93u8, 189u8, 218u8, 105u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: REWARD_INTERVALReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: REWARD_INTERVALReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `UPGRADE_INTERFACE_VERSION()` and selector `0xad3cb1cc`.
```solidity
function UPGRADE_INTERFACE_VERSION() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UPGRADE_INTERFACE_VERSIONCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`UPGRADE_INTERFACE_VERSION()`](UPGRADE_INTERFACE_VERSIONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UPGRADE_INTERFACE_VERSIONReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UPGRADE_INTERFACE_VERSIONCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: UPGRADE_INTERFACE_VERSIONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for UPGRADE_INTERFACE_VERSIONCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UPGRADE_INTERFACE_VERSIONReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: UPGRADE_INTERFACE_VERSIONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for UPGRADE_INTERFACE_VERSIONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for UPGRADE_INTERFACE_VERSIONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UPGRADE_INTERFACE_VERSION()";
            const SELECTOR: [u8; 4] = [173u8, 60u8, 177u8, 204u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: UPGRADE_INTERFACE_VERSIONReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: UPGRADE_INTERFACE_VERSIONReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claimStakingRewards(address)` and selector `0x96bb1fef`.
```solidity
function claimStakingRewards(address operator) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimStakingRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimStakingRewards(address)`](claimStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimStakingRewardsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimStakingRewardsCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimStakingRewardsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimStakingRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimStakingRewards(address)";
            const SELECTOR: [u8; 4] = [150u8, 187u8, 31u8, 239u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: claimStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: claimStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claimableStakingRewards(address,address)` and selector `0x543be731`.
```solidity
function claimableStakingRewards(address operator, address account) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimableStakingRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimableStakingRewards(address,address)`](claimableStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimableStakingRewardsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimableStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimableStakingRewardsCall) -> Self {
                    (value.operator, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimableStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimableStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimableStakingRewardsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimableStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimableStakingRewardsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimableStakingRewards(address,address)";
            const SELECTOR: [u8; 4] = [84u8, 59u8, 231u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: claimableStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: claimableStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegate(address,uint256)` and selector `0x026e402b`.
```solidity
function delegate(address operator, uint256 amount) external returns (uint256 shares);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegateCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegate(address,uint256)`](delegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegateReturn {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegateCall) -> Self {
                    (value.operator, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        amount: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegateReturn) -> Self {
                    (value.shares,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { shares: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegate(address,uint256)";
            const SELECTOR: [u8; 4] = [2u8, 110u8, 64u8, 43u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegateReturn = r.into();
                        r.shares
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegateReturn = r.into();
                        r.shares
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegatedTo(address)` and selector `0x65da1264`.
```solidity
function delegatedTo(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegatedToCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegatedTo(address)`](delegatedToCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegatedToReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegatedToCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegatedToCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegatedToCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegatedToReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegatedToReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegatedToReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegatedToCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegatedTo(address)";
            const SELECTOR: [u8; 4] = [101u8, 218u8, 18u8, 100u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegatedToReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegatedToReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegation(address,address)` and selector `0x046d3307`.
```solidity
function delegation(address delegator, address operator) external view returns (IDelegation.DelegationView memory view_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationCall {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegation(address,address)`](delegationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationReturn {
        #[allow(missing_docs)]
        pub view_: <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegationCall) -> Self {
                    (value.delegator, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        delegator: tuple.0,
                        operator: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDelegation::DelegationView,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegationReturn) -> Self {
                    (value.view_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { view_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegationCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IDelegation::DelegationView,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegation(address,address)";
            const SELECTOR: [u8; 4] = [4u8, 109u8, 51u8, 7u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IDelegation::DelegationView as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegationReturn = r.into();
                        r.view_
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegationReturn = r.into();
                        r.view_
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRoleAdmin(bytes32)` and selector `0x248a9ca3`.
```solidity
function getRoleAdmin(bytes32 role) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRoleAdmin(bytes32)`](getRoleAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminCall) -> Self {
                    (value.role,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRoleAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRoleAdmin(bytes32)";
            const SELECTOR: [u8; 4] = [36u8, 138u8, 156u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantRole(bytes32,address)` and selector `0x2f2ff15d`.
```solidity
function grantRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`grantRole(bytes32,address)`](grantRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantRoleReturn {
            fn _tokenize(
                &self,
            ) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 47u8, 241u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasRole(bytes32,address)` and selector `0x91d14854`.
```solidity
function hasRole(bytes32 role, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasRole(bytes32,address)`](hasRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [145u8, 209u8, 72u8, 84u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `heldStakingRewards()` and selector `0x39955cf4`.
```solidity
function heldStakingRewards() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct heldStakingRewardsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`heldStakingRewards()`](heldStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct heldStakingRewardsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<heldStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: heldStakingRewardsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for heldStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<heldStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: heldStakingRewardsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for heldStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for heldStakingRewardsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "heldStakingRewards()";
            const SELECTOR: [u8; 4] = [57u8, 149u8, 92u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: heldStakingRewardsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: heldStakingRewardsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `initialize(address,address,address,address)` and selector `0xf8c8765e`.
```solidity
function initialize(address admin, address selectionManager_, address treasury_, address xmtpToken_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub selectionManager_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub xmtpToken_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`initialize(address,address,address,address)`](initializeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeCall> for UnderlyingRustTuple<'_> {
                fn from(value: initializeCall) -> Self {
                    (
                        value.admin,
                        value.selectionManager_,
                        value.treasury_,
                        value.xmtpToken_,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        admin: tuple.0,
                        selectionManager_: tuple.1,
                        treasury_: tuple.2,
                        xmtpToken_: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: initializeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl initializeReturn {
            fn _tokenize(
                &self,
            ) -> <initializeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for initializeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = initializeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "initialize(address,address,address,address)";
            const SELECTOR: [u8; 4] = [248u8, 200u8, 118u8, 94u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.selectionManager_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.xmtpToken_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                initializeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `intervalOf(uint256)` and selector `0xb369af71`.
```solidity
function intervalOf(uint256 timestamp) external pure returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct intervalOfCall {
        #[allow(missing_docs)]
        pub timestamp: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`intervalOf(uint256)`](intervalOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct intervalOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<intervalOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: intervalOfCall) -> Self {
                    (value.timestamp,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for intervalOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { timestamp: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<intervalOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: intervalOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for intervalOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for intervalOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "intervalOf(uint256)";
            const SELECTOR: [u8; 4] = [179u8, 105u8, 175u8, 113u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timestamp),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: intervalOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: intervalOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isEligible(address,uint256,uint256)` and selector `0x3281a78e`.
```solidity
function isEligible(address operator, uint256 ownStake, uint256 minimumStake) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEligibleCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ownStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minimumStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isEligible(address,uint256,uint256)`](isEligibleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEligibleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isEligibleCall> for UnderlyingRustTuple<'_> {
                fn from(value: isEligibleCall) -> Self {
                    (value.operator, value.ownStake, value.minimumStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEligibleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        ownStake: tuple.1,
                        minimumStake: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isEligibleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isEligibleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEligibleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isEligibleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isEligible(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [50u8, 129u8, 167u8, 142u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.ownStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minimumStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isEligibleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isEligibleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `maxCommissionBps()` and selector `0x3e17b600`.
```solidity
function maxCommissionBps() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxCommissionBpsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`maxCommissionBps()`](maxCommissionBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxCommissionBpsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<maxCommissionBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: maxCommissionBpsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for maxCommissionBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<maxCommissionBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: maxCommissionBpsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for maxCommissionBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for maxCommissionBpsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "maxCommissionBps()";
            const SELECTOR: [u8; 4] = [62u8, 23u8, 182u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: maxCommissionBpsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: maxCommissionBpsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `minimumSelfStakeBps()` and selector `0x64818bd1`.
```solidity
function minimumSelfStakeBps() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minimumSelfStakeBpsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`minimumSelfStakeBps()`](minimumSelfStakeBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minimumSelfStakeBpsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<minimumSelfStakeBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: minimumSelfStakeBpsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for minimumSelfStakeBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<minimumSelfStakeBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: minimumSelfStakeBpsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for minimumSelfStakeBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for minimumSelfStakeBpsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "minimumSelfStakeBps()";
            const SELECTOR: [u8; 4] = [100u8, 129u8, 139u8, 209u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: minimumSelfStakeBpsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: minimumSelfStakeBpsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `notifyStakingRewards(uint256)` and selector `0x63264baa`.
```solidity
function notifyStakingRewards(uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct notifyStakingRewardsCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`notifyStakingRewards(uint256)`](notifyStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct notifyStakingRewardsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<notifyStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: notifyStakingRewardsCall) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for notifyStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<notifyStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: notifyStakingRewardsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for notifyStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl notifyStakingRewardsReturn {
            fn _tokenize(
                &self,
            ) -> <notifyStakingRewardsCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for notifyStakingRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = notifyStakingRewardsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "notifyStakingRewards(uint256)";
            const SELECTOR: [u8; 4] = [99u8, 38u8, 75u8, 170u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                notifyStakingRewardsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onOwnStakeChanged(address,uint256)` and selector `0x08ac776b`.
```solidity
function onOwnStakeChanged(address operator, uint256 newStake) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onOwnStakeChangedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`onOwnStakeChanged(address,uint256)`](onOwnStakeChangedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onOwnStakeChangedReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onOwnStakeChangedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onOwnStakeChangedCall) -> Self {
                    (value.operator, value.newStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onOwnStakeChangedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        newStake: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onOwnStakeChangedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onOwnStakeChangedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onOwnStakeChangedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl onOwnStakeChangedReturn {
            fn _tokenize(
                &self,
            ) -> <onOwnStakeChangedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onOwnStakeChangedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = onOwnStakeChangedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onOwnStakeChanged(address,uint256)";
            const SELECTOR: [u8; 4] = [8u8, 172u8, 119u8, 107u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                onOwnStakeChangedReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onSlashed(address,uint256,uint256)` and selector `0x80af6ff6`.
```solidity
function onSlashed(address operator, uint256 bps, uint256 newOwnStake) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSlashedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newOwnStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onSlashed(address,uint256,uint256)`](onSlashedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSlashedReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onSlashedCall> for UnderlyingRustTuple<'_> {
                fn from(value: onSlashedCall) -> Self {
                    (value.operator, value.bps, value.newOwnStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSlashedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        bps: tuple.1,
                        newOwnStake: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onSlashedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: onSlashedReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSlashedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onSlashedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onSlashed(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [128u8, 175u8, 111u8, 246u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newOwnStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onSlashedReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: onSlashedReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operatorRewards(address)` and selector `0x41a2b8d6`.
```solidity
function operatorRewards(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`operatorRewards(address)`](operatorRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorRewardsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorRewardsCall> for UnderlyingRustTuple<'_> {
                fn from(value: operatorRewardsCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: operatorRewardsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for operatorRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operatorRewards(address)";
            const SELECTOR: [u8; 4] = [65u8, 162u8, 184u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: operatorRewardsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: operatorRewardsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pool(address)` and selector `0x156522a8`.
```solidity
function pool(address operator) external view returns (IDelegation.PoolView memory view_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pool(address)`](poolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolReturn {
        #[allow(missing_docs)]
        pub view_: <IDelegation::PoolView as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolCall> for UnderlyingRustTuple<'_> {
                fn from(value: poolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDelegation::PoolView,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IDelegation::PoolView as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: poolReturn) -> Self {
                    (value.view_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { view_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for poolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IDelegation::PoolView as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IDelegation::PoolView,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pool(address)";
            const SELECTOR: [u8; 4] = [21u8, 101u8, 34u8, 168u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IDelegation::PoolView as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: poolReturn = r.into();
                        r.view_
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: poolReturn = r.into();
                        r.view_
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proxiableUUID()` and selector `0x52d1902d`.
```solidity
function proxiableUUID() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proxiableUUIDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proxiableUUID()`](proxiableUUIDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proxiableUUIDReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proxiableUUIDCall> for UnderlyingRustTuple<'_> {
                fn from(value: proxiableUUIDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proxiableUUIDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proxiableUUIDReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proxiableUUIDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proxiableUUIDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proxiableUUIDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proxiableUUID()";
            const SELECTOR: [u8; 4] = [82u8, 209u8, 144u8, 45u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proxiableUUIDReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proxiableUUIDReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `redelegate(address,address,uint256)` and selector `0x6bd8f804`.
```solidity
function redelegate(address from, address to, uint256 amount) external returns (uint256 sharesMinted);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct redelegateCall {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`redelegate(address,address,uint256)`](redelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct redelegateReturn {
        #[allow(missing_docs)]
        pub sharesMinted: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<redelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: redelegateCall) -> Self {
                    (value.from, value.to, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for redelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        amount: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<redelegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: redelegateReturn) -> Self {
                    (value.sharesMinted,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for redelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { sharesMinted: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for redelegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "redelegate(address,address,uint256)";
            const SELECTOR: [u8; 4] = [107u8, 216u8, 248u8, 4u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: redelegateReturn = r.into();
                        r.sharesMinted
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: redelegateReturn = r.into();
                        r.sharesMinted
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceRole(bytes32,address)` and selector `0x36568abe`.
```solidity
function renounceRole(bytes32 role, address callerConfirmation) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub callerConfirmation: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`renounceRole(bytes32,address)`](renounceRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleCall) -> Self {
                    (value.role, value.callerConfirmation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        callerConfirmation: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceRoleReturn {
            fn _tokenize(
                &self,
            ) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [54u8, 86u8, 138u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callerConfirmation,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeRole(bytes32,address)` and selector `0xd547741f`.
```solidity
function revokeRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeRole(bytes32,address)`](revokeRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeRoleReturn {
            fn _tokenize(
                &self,
            ) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [213u8, 71u8, 116u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `selectionManager()` and selector `0x3e91adca`.
```solidity
function selectionManager() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct selectionManagerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`selectionManager()`](selectionManagerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct selectionManagerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<selectionManagerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: selectionManagerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for selectionManagerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<selectionManagerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: selectionManagerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for selectionManagerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for selectionManagerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "selectionManager()";
            const SELECTOR: [u8; 4] = [62u8, 145u8, 173u8, 202u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: selectionManagerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: selectionManagerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setCommission(uint256)` and selector `0x355e6b43`.
```solidity
function setCommission(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommissionCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setCommission(uint256)`](setCommissionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommissionReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommissionCall> for UnderlyingRustTuple<'_> {
                fn from(value: setCommissionCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCommissionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommissionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setCommissionReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCommissionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setCommissionReturn {
            fn _tokenize(
                &self,
            ) -> <setCommissionCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setCommissionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setCommissionReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setCommission(uint256)";
            const SELECTOR: [u8; 4] = [53u8, 94u8, 107u8, 67u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setCommissionReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMaxCommissionBps(uint256)` and selector `0x845dae24`.
```solidity
function setMaxCommissionBps(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxCommissionBpsCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setMaxCommissionBps(uint256)`](setMaxCommissionBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxCommissionBpsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMaxCommissionBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMaxCommissionBpsCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMaxCommissionBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMaxCommissionBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMaxCommissionBpsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMaxCommissionBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMaxCommissionBpsReturn {
            fn _tokenize(
                &self,
            ) -> <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMaxCommissionBpsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMaxCommissionBpsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMaxCommissionBps(uint256)";
            const SELECTOR: [u8; 4] = [132u8, 93u8, 174u8, 36u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMaxCommissionBpsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMinimumSelfStakeBps(uint256)` and selector `0x0995ad4c`.
```solidity
function setMinimumSelfStakeBps(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMinimumSelfStakeBpsCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setMinimumSelfStakeBps(uint256)`](setMinimumSelfStakeBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMinimumSelfStakeBpsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMinimumSelfStakeBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMinimumSelfStakeBpsCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMinimumSelfStakeBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMinimumSelfStakeBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMinimumSelfStakeBpsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMinimumSelfStakeBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMinimumSelfStakeBpsReturn {
            fn _tokenize(
                &self,
            ) -> <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMinimumSelfStakeBpsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMinimumSelfStakeBpsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMinimumSelfStakeBps(uint256)";
            const SELECTOR: [u8; 4] = [9u8, 149u8, 173u8, 76u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMinimumSelfStakeBpsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashableOf(address)` and selector `0x1129ee37`.
```solidity
function slashableOf(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashableOfCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashableOf(address)`](slashableOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashableOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashableOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashableOfCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashableOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashableOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashableOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashableOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashableOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashableOf(address)";
            const SELECTOR: [u8; 4] = [17u8, 41u8, 238u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slashableOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slashableOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `stakingRewardTotals()` and selector `0x47590a0f`.
```solidity
function stakingRewardTotals() external view returns (uint256 notified, uint256 claimed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingRewardTotalsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`stakingRewardTotals()`](stakingRewardTotalsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingRewardTotalsReturn {
        #[allow(missing_docs)]
        pub notified: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub claimed: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakingRewardTotalsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: stakingRewardTotalsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for stakingRewardTotalsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakingRewardTotalsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: stakingRewardTotalsReturn) -> Self {
                    (value.notified, value.claimed)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for stakingRewardTotalsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        notified: tuple.0,
                        claimed: tuple.1,
                    }
                }
            }
        }
        impl stakingRewardTotalsReturn {
            fn _tokenize(
                &self,
            ) -> <stakingRewardTotalsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.notified),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.claimed),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakingRewardTotalsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = stakingRewardTotalsReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "stakingRewardTotals()";
            const SELECTOR: [u8; 4] = [71u8, 89u8, 10u8, 15u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                stakingRewardTotalsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `syncPool(address)` and selector `0x8fb2e2c2`.
```solidity
function syncPool(address operator) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct syncPoolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`syncPool(address)`](syncPoolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct syncPoolReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<syncPoolCall> for UnderlyingRustTuple<'_> {
                fn from(value: syncPoolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for syncPoolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<syncPoolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: syncPoolReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for syncPoolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl syncPoolReturn {
            fn _tokenize(
                &self,
            ) -> <syncPoolCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for syncPoolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = syncPoolReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "syncPool(address)";
            const SELECTOR: [u8; 4] = [143u8, 178u8, 226u8, 194u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                syncPoolReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `treasury()` and selector `0x61d027b3`.
```solidity
function treasury() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`treasury()`](treasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treasuryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "treasury()";
            const SELECTOR: [u8; 4] = [97u8, 208u8, 39u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `undelegate(address,uint256)` and selector `0x4d99dd16`.
```solidity
function undelegate(address operator, uint256 amount) external returns (uint256 shares);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct undelegateCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`undelegate(address,uint256)`](undelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct undelegateReturn {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<undelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: undelegateCall) -> Self {
                    (value.operator, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for undelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        amount: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<undelegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: undelegateReturn) -> Self {
                    (value.shares,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for undelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { shares: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for undelegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "undelegate(address,uint256)";
            const SELECTOR: [u8; 4] = [77u8, 153u8, 221u8, 22u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: undelegateReturn = r.into();
                        r.shares
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: undelegateReturn = r.into();
                        r.shares
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `upgradeToAndCall(address,bytes)` and selector `0x4f1ef286`.
```solidity
function upgradeToAndCall(address newImplementation, bytes memory data) external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct upgradeToAndCallCall {
        #[allow(missing_docs)]
        pub newImplementation: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`upgradeToAndCall(address,bytes)`](upgradeToAndCallCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct upgradeToAndCallReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<upgradeToAndCallCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: upgradeToAndCallCall) -> Self {
                    (value.newImplementation, value.data)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for upgradeToAndCallCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newImplementation: tuple.0,
                        data: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<upgradeToAndCallReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: upgradeToAndCallReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for upgradeToAndCallReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl upgradeToAndCallReturn {
            fn _tokenize(
                &self,
            ) -> <upgradeToAndCallCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for upgradeToAndCallCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = upgradeToAndCallReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "upgradeToAndCall(address,bytes)";
            const SELECTOR: [u8; 4] = [79u8, 30u8, 242u8, 134u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newImplementation,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                upgradeToAndCallReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawUnbonded(address)` and selector `0xaeffaa47`.
```solidity
function withdrawUnbonded(address operator) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawUnbondedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdrawUnbonded(address)`](withdrawUnbondedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawUnbondedReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawUnbondedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawUnbondedCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawUnbondedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawUnbondedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawUnbondedReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawUnbondedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawUnbondedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawUnbonded(address)";
            const SELECTOR: [u8; 4] = [174u8, 255u8, 170u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: withdrawUnbondedReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: withdrawUnbondedReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `xmtpToken()` and selector `0x929ac35f`.
```solidity
function xmtpToken() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct xmtpTokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`xmtpToken()`](xmtpTokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct xmtpTokenReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<xmtpTokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: xmtpTokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for xmtpTokenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<xmtpTokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: xmtpTokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for xmtpTokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for xmtpTokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "xmtpToken()";
            const SELECTOR: [u8; 4] = [146u8, 154u8, 195u8, 95u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: xmtpTokenReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: xmtpTokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`Delegation`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum DelegationCalls {
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        DEFAULT_MAX_COMMISSION_BPS(DEFAULT_MAX_COMMISSION_BPSCall),
        #[allow(missing_docs)]
        DEFAULT_MINIMUM_SELF_STAKE_BPS(DEFAULT_MINIMUM_SELF_STAKE_BPSCall),
        #[allow(missing_docs)]
        MAX_COMMISSION_CAP_BPS(MAX_COMMISSION_CAP_BPSCall),
        #[allow(missing_docs)]
        MIN_SELF_STAKE_FLOOR_BPS(MIN_SELF_STAKE_FLOOR_BPSCall),
        #[allow(missing_docs)]
        REWARD_INTERVAL(REWARD_INTERVALCall),
        #[allow(missing_docs)]
        UPGRADE_INTERFACE_VERSION(UPGRADE_INTERFACE_VERSIONCall),
        #[allow(missing_docs)]
        claimStakingRewards(claimStakingRewardsCall),
        #[allow(missing_docs)]
        claimableStakingRewards(claimableStakingRewardsCall),
        #[allow(missing_docs)]
        delegate(delegateCall),
        #[allow(missing_docs)]
        delegatedTo(delegatedToCall),
        #[allow(missing_docs)]
        delegation(delegationCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        heldStakingRewards(heldStakingRewardsCall),
        #[allow(missing_docs)]
        initialize(initializeCall),
        #[allow(missing_docs)]
        intervalOf(intervalOfCall),
        #[allow(missing_docs)]
        isEligible(isEligibleCall),
        #[allow(missing_docs)]
        maxCommissionBps(maxCommissionBpsCall),
        #[allow(missing_docs)]
        minimumSelfStakeBps(minimumSelfStakeBpsCall),
        #[allow(missing_docs)]
        notifyStakingRewards(notifyStakingRewardsCall),
        #[allow(missing_docs)]
        onOwnStakeChanged(onOwnStakeChangedCall),
        #[allow(missing_docs)]
        onSlashed(onSlashedCall),
        #[allow(missing_docs)]
        operatorRewards(operatorRewardsCall),
        #[allow(missing_docs)]
        pool(poolCall),
        #[allow(missing_docs)]
        proxiableUUID(proxiableUUIDCall),
        #[allow(missing_docs)]
        redelegate(redelegateCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        selectionManager(selectionManagerCall),
        #[allow(missing_docs)]
        setCommission(setCommissionCall),
        #[allow(missing_docs)]
        setMaxCommissionBps(setMaxCommissionBpsCall),
        #[allow(missing_docs)]
        setMinimumSelfStakeBps(setMinimumSelfStakeBpsCall),
        #[allow(missing_docs)]
        slashableOf(slashableOfCall),
        #[allow(missing_docs)]
        stakingRewardTotals(stakingRewardTotalsCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        syncPool(syncPoolCall),
        #[allow(missing_docs)]
        treasury(treasuryCall),
        #[allow(missing_docs)]
        undelegate(undelegateCall),
        #[allow(missing_docs)]
        upgradeToAndCall(upgradeToAndCallCall),
        #[allow(missing_docs)]
        withdrawUnbonded(withdrawUnbondedCall),
        #[allow(missing_docs)]
        xmtpToken(xmtpTokenCall),
    }
    impl DelegationCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [2u8, 110u8, 64u8, 43u8],
            [4u8, 109u8, 51u8, 7u8],
            [8u8, 172u8, 119u8, 107u8],
            [9u8, 149u8, 173u8, 76u8],
            [17u8, 41u8, 238u8, 55u8],
            [21u8, 101u8, 34u8, 168u8],
            [27u8, 145u8, 3u8, 119u8],
            [36u8, 138u8, 156u8, 163u8],
            [38u8, 45u8, 222u8, 195u8],
            [47u8, 47u8, 241u8, 93u8],
            [50u8, 129u8, 167u8, 142u8],
            [53u8, 94u8, 107u8, 67u8],
            [54u8, 86u8, 138u8, 190u8],
            [57u8, 149u8, 92u8, 244u8],
            [62u8, 23u8, 182u8, 0u8],
            [62u8, 145u8, 173u8, 202u8],
            [65u8, 162u8, 184u8, 214u8],
            [71u8, 89u8, 10u8, 15u8],
            [77u8, 153u8, 221u8, 22u8],
            [79u8, 30u8, 242u8, 134u8],
            [82u8, 209u8, 144u8, 45u8],
            [84u8, 59u8, 231u8, 49u8],
            [93u8, 189u8, 218u8, 105u8],
            [97u8, 208u8, 39u8, 179u8],
            [99u8, 38u8, 75u8, 170u8],
            [100u8, 129u8, 139u8, 209u8],
            [101u8, 218u8, 18u8, 100u8],
            [107u8, 216u8, 248u8, 4u8],
            [124u8, 140u8, 51u8, 148u8],
            [128u8, 175u8, 111u8, 246u8],
            [132u8, 93u8, 174u8, 36u8],
            [143u8, 178u8, 226u8, 194u8],
            [145u8, 209u8, 72u8, 84u8],
            [146u8, 154u8, 195u8, 95u8],
            [150u8, 187u8, 31u8, 239u8],
            [162u8, 23u8, 253u8, 223u8],
            [173u8, 60u8, 177u8, 204u8],
            [174u8, 255u8, 170u8, 71u8],
            [179u8, 105u8, 175u8, 113u8],
            [213u8, 71u8, 116u8, 31u8],
            [215u8, 175u8, 238u8, 71u8],
            [248u8, 200u8, 118u8, 94u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(delegate),
            ::core::stringify!(delegation),
            ::core::stringify!(onOwnStakeChanged),
            ::core::stringify!(setMinimumSelfStakeBps),
            ::core::stringify!(slashableOf),
            ::core::stringify!(pool),
            ::core::stringify!(MAX_COMMISSION_CAP_BPS),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(DEFAULT_MAX_COMMISSION_BPS),
            ::core::stringify!(grantRole),
            ::core::stringify!(isEligible),
            ::core::stringify!(setCommission),
            ::core::stringify!(renounceRole),
            ::core::stringify!(heldStakingRewards),
            ::core::stringify!(maxCommissionBps),
            ::core::stringify!(selectionManager),
            ::core::stringify!(operatorRewards),
            ::core::stringify!(stakingRewardTotals),
            ::core::stringify!(undelegate),
            ::core::stringify!(upgradeToAndCall),
            ::core::stringify!(proxiableUUID),
            ::core::stringify!(claimableStakingRewards),
            ::core::stringify!(REWARD_INTERVAL),
            ::core::stringify!(treasury),
            ::core::stringify!(notifyStakingRewards),
            ::core::stringify!(minimumSelfStakeBps),
            ::core::stringify!(delegatedTo),
            ::core::stringify!(redelegate),
            ::core::stringify!(MIN_SELF_STAKE_FLOOR_BPS),
            ::core::stringify!(onSlashed),
            ::core::stringify!(setMaxCommissionBps),
            ::core::stringify!(syncPool),
            ::core::stringify!(hasRole),
            ::core::stringify!(xmtpToken),
            ::core::stringify!(claimStakingRewards),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(UPGRADE_INTERFACE_VERSION),
            ::core::stringify!(withdrawUnbonded),
            ::core::stringify!(intervalOf),
            ::core::stringify!(revokeRole),
            ::core::stringify!(DEFAULT_MINIMUM_SELF_STAKE_BPS),
            ::core::stringify!(initialize),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onOwnStakeChangedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashableOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <poolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isEligibleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setCommissionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <heldStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <maxCommissionBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <selectionManagerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakingRewardTotalsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <undelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <upgradeToAndCallCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proxiableUUIDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimableStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <REWARD_INTERVALCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <notifyStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegatedToCall as alloy_sol_types::SolCall>::SIGNATURE,
            <redelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onSlashedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <syncPoolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <xmtpTokenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawUnbondedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <intervalOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <initializeCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for DelegationCalls {
        const NAME: &'static str = "DelegationCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 43usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(_) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(_) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_COMMISSION_CAP_BPS(_) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(_) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::REWARD_INTERVAL(_) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::UPGRADE_INTERFACE_VERSION(_) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claimStakingRewards(_) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claimableStakingRewards(_) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::delegate(_) => <delegateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::delegatedTo(_) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::delegation(_) => {
                    <delegationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::grantRole(_) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::heldStakingRewards(_) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::initialize(_) => {
                    <initializeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::intervalOf(_) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isEligible(_) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::maxCommissionBps(_) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::minimumSelfStakeBps(_) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::notifyStakingRewards(_) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onOwnStakeChanged(_) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onSlashed(_) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::operatorRewards(_) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pool(_) => <poolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::proxiableUUID(_) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::redelegate(_) => {
                    <redelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::selectionManager(_) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setCommission(_) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMaxCommissionBps(_) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMinimumSelfStakeBps(_) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashableOf(_) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::stakingRewardTotals(_) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::syncPool(_) => <syncPoolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::treasury(_) => <treasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::undelegate(_) => {
                    <undelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::upgradeToAndCall(_) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdrawUnbonded(_) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::xmtpToken(_) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn delegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::delegate)
                    }
                    delegate
                },
                {
                    fn delegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::delegation)
                    }
                    delegation
                },
                {
                    fn onOwnStakeChanged(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::onOwnStakeChanged)
                    }
                    onOwnStakeChanged
                },
                {
                    fn setMinimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setMinimumSelfStakeBps)
                    }
                    setMinimumSelfStakeBps
                },
                {
                    fn slashableOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <slashableOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::slashableOf)
                    }
                    slashableOf
                },
                {
                    fn pool(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <poolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::pool)
                    }
                    pool
                },
                {
                    fn MAX_COMMISSION_CAP_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::MAX_COMMISSION_CAP_BPS)
                    }
                    MAX_COMMISSION_CAP_BPS
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn DEFAULT_MAX_COMMISSION_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MAX_COMMISSION_BPS)
                    }
                    DEFAULT_MAX_COMMISSION_BPS
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn isEligible(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <isEligibleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::isEligible)
                    }
                    isEligible
                },
                {
                    fn setCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setCommission)
                    }
                    setCommission
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn heldStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::heldStakingRewards)
                    }
                    heldStakingRewards
                },
                {
                    fn maxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::maxCommissionBps)
                    }
                    maxCommissionBps
                },
                {
                    fn selectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <selectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::selectionManager)
                    }
                    selectionManager
                },
                {
                    fn operatorRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <operatorRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::operatorRewards)
                    }
                    operatorRewards
                },
                {
                    fn stakingRewardTotals(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::stakingRewardTotals)
                    }
                    stakingRewardTotals
                },
                {
                    fn undelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <undelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::undelegate)
                    }
                    undelegate
                },
                {
                    fn upgradeToAndCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::upgradeToAndCall)
                    }
                    upgradeToAndCall
                },
                {
                    fn proxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::proxiableUUID)
                    }
                    proxiableUUID
                },
                {
                    fn claimableStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::claimableStakingRewards)
                    }
                    claimableStakingRewards
                },
                {
                    fn REWARD_INTERVAL(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::REWARD_INTERVAL)
                    }
                    REWARD_INTERVAL
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::treasury)
                    }
                    treasury
                },
                {
                    fn notifyStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::notifyStakingRewards)
                    }
                    notifyStakingRewards
                },
                {
                    fn minimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::minimumSelfStakeBps)
                    }
                    minimumSelfStakeBps
                },
                {
                    fn delegatedTo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegatedToCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::delegatedTo)
                    }
                    delegatedTo
                },
                {
                    fn redelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <redelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::redelegate)
                    }
                    redelegate
                },
                {
                    fn MIN_SELF_STAKE_FLOOR_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::MIN_SELF_STAKE_FLOOR_BPS)
                    }
                    MIN_SELF_STAKE_FLOOR_BPS
                },
                {
                    fn onSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::onSlashed)
                    }
                    onSlashed
                },
                {
                    fn setMaxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setMaxCommissionBps)
                    }
                    setMaxCommissionBps
                },
                {
                    fn syncPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <syncPoolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::syncPool)
                    }
                    syncPool
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn xmtpToken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <xmtpTokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::xmtpToken)
                    }
                    xmtpToken
                },
                {
                    fn claimStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::claimStakingRewards)
                    }
                    claimStakingRewards
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn UPGRADE_INTERFACE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::UPGRADE_INTERFACE_VERSION)
                    }
                    UPGRADE_INTERFACE_VERSION
                },
                {
                    fn withdrawUnbonded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::withdrawUnbonded)
                    }
                    withdrawUnbonded
                },
                {
                    fn intervalOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <intervalOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::intervalOf)
                    }
                    intervalOf
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MINIMUM_SELF_STAKE_BPS)
                    }
                    DEFAULT_MINIMUM_SELF_STAKE_BPS
                },
                {
                    fn initialize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::initialize)
                    }
                    initialize
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn delegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegate)
                    }
                    delegate
                },
                {
                    fn delegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegation)
                    }
                    delegation
                },
                {
                    fn onOwnStakeChanged(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::onOwnStakeChanged)
                    }
                    onOwnStakeChanged
                },
                {
                    fn setMinimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setMinimumSelfStakeBps)
                    }
                    setMinimumSelfStakeBps
                },
                {
                    fn slashableOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <slashableOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::slashableOf)
                    }
                    slashableOf
                },
                {
                    fn pool(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <poolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::pool)
                    }
                    pool
                },
                {
                    fn MAX_COMMISSION_CAP_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::MAX_COMMISSION_CAP_BPS)
                    }
                    MAX_COMMISSION_CAP_BPS
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn DEFAULT_MAX_COMMISSION_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MAX_COMMISSION_BPS)
                    }
                    DEFAULT_MAX_COMMISSION_BPS
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn isEligible(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <isEligibleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::isEligible)
                    }
                    isEligible
                },
                {
                    fn setCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setCommission)
                    }
                    setCommission
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn heldStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::heldStakingRewards)
                    }
                    heldStakingRewards
                },
                {
                    fn maxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::maxCommissionBps)
                    }
                    maxCommissionBps
                },
                {
                    fn selectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <selectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::selectionManager)
                    }
                    selectionManager
                },
                {
                    fn operatorRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <operatorRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::operatorRewards)
                    }
                    operatorRewards
                },
                {
                    fn stakingRewardTotals(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::stakingRewardTotals)
                    }
                    stakingRewardTotals
                },
                {
                    fn undelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <undelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::undelegate)
                    }
                    undelegate
                },
                {
                    fn upgradeToAndCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::upgradeToAndCall)
                    }
                    upgradeToAndCall
                },
                {
                    fn proxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::proxiableUUID)
                    }
                    proxiableUUID
                },
                {
                    fn claimableStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::claimableStakingRewards)
                    }
                    claimableStakingRewards
                },
                {
                    fn REWARD_INTERVAL(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::REWARD_INTERVAL)
                    }
                    REWARD_INTERVAL
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::treasury)
                    }
                    treasury
                },
                {
                    fn notifyStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::notifyStakingRewards)
                    }
                    notifyStakingRewards
                },
                {
                    fn minimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::minimumSelfStakeBps)
                    }
                    minimumSelfStakeBps
                },
                {
                    fn delegatedTo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegatedToCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegatedTo)
                    }
                    delegatedTo
                },
                {
                    fn redelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <redelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::redelegate)
                    }
                    redelegate
                },
                {
                    fn MIN_SELF_STAKE_FLOOR_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::MIN_SELF_STAKE_FLOOR_BPS)
                    }
                    MIN_SELF_STAKE_FLOOR_BPS
                },
                {
                    fn onSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::onSlashed)
                    }
                    onSlashed
                },
                {
                    fn setMaxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setMaxCommissionBps)
                    }
                    setMaxCommissionBps
                },
                {
                    fn syncPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <syncPoolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::syncPool)
                    }
                    syncPool
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn xmtpToken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <xmtpTokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::xmtpToken)
                    }
                    xmtpToken
                },
                {
                    fn claimStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::claimStakingRewards)
                    }
                    claimStakingRewards
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn UPGRADE_INTERFACE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::UPGRADE_INTERFACE_VERSION)
                    }
                    UPGRADE_INTERFACE_VERSION
                },
                {
                    fn withdrawUnbonded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::withdrawUnbonded)
                    }
                    withdrawUnbonded
                },
                {
                    fn intervalOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <intervalOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::intervalOf)
                    }
                    intervalOf
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MINIMUM_SELF_STAKE_BPS)
                    }
                    DEFAULT_MINIMUM_SELF_STAKE_BPS
                },
                {
                    fn initialize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::initialize)
                    }
                    initialize
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(inner) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(inner) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_COMMISSION_CAP_BPS(inner) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(inner) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::REWARD_INTERVAL(inner) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UPGRADE_INTERFACE_VERSION(inner) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::claimStakingRewards(inner) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::claimableStakingRewards(inner) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::delegate(inner) => {
                    <delegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::delegatedTo(inner) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::delegation(inner) => {
                    <delegationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::heldStakingRewards(inner) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::intervalOf(inner) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isEligible(inner) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::maxCommissionBps(inner) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::minimumSelfStakeBps(inner) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::notifyStakingRewards(inner) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onOwnStakeChanged(inner) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onSlashed(inner) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::operatorRewards(inner) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::pool(inner) => {
                    <poolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::proxiableUUID(inner) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::redelegate(inner) => {
                    <redelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::selectionManager(inner) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setCommission(inner) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMaxCommissionBps(inner) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMinimumSelfStakeBps(inner) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slashableOf(inner) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::stakingRewardTotals(inner) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::syncPool(inner) => {
                    <syncPoolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::undelegate(inner) => {
                    <undelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::upgradeToAndCall(inner) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdrawUnbonded(inner) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::xmtpToken(inner) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(inner) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(inner) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_COMMISSION_CAP_BPS(inner) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(inner) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::REWARD_INTERVAL(inner) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UPGRADE_INTERFACE_VERSION(inner) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::claimStakingRewards(inner) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::claimableStakingRewards(inner) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegate(inner) => {
                    <delegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegatedTo(inner) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegation(inner) => {
                    <delegationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::heldStakingRewards(inner) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::intervalOf(inner) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isEligible(inner) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::maxCommissionBps(inner) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::minimumSelfStakeBps(inner) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::notifyStakingRewards(inner) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onOwnStakeChanged(inner) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onSlashed(inner) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::operatorRewards(inner) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::pool(inner) => {
                    <poolCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::proxiableUUID(inner) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::redelegate(inner) => {
                    <redelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::selectionManager(inner) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setCommission(inner) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMaxCommissionBps(inner) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMinimumSelfStakeBps(inner) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashableOf(inner) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::stakingRewardTotals(inner) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::syncPool(inner) => {
                    <syncPoolCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::undelegate(inner) => {
                    <undelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::upgradeToAndCall(inner) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawUnbonded(inner) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::xmtpToken(inner) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Delegation`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum DelegationErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AddressEmptyCode(AddressEmptyCode),
        #[allow(missing_docs)]
        CommissionTooHigh(CommissionTooHigh),
        #[allow(missing_docs)]
        ERC1967InvalidImplementation(ERC1967InvalidImplementation),
        #[allow(missing_docs)]
        ERC1967NonPayable(ERC1967NonPayable),
        #[allow(missing_docs)]
        FailedCall(FailedCall),
        #[allow(missing_docs)]
        InsufficientShares(InsufficientShares),
        #[allow(missing_docs)]
        InvalidInitialization(InvalidInitialization),
        #[allow(missing_docs)]
        InvalidSlashBps(InvalidSlashBps),
        #[allow(missing_docs)]
        NotInitializing(NotInitializing),
        #[allow(missing_docs)]
        NotSelectionManager(NotSelectionManager),
        #[allow(missing_docs)]
        NotTreasury(NotTreasury),
        #[allow(missing_docs)]
        NothingToClaim(NothingToClaim),
        #[allow(missing_docs)]
        NothingUnbonding(NothingUnbonding),
        #[allow(missing_docs)]
        ParameterOutOfBounds(ParameterOutOfBounds),
        #[allow(missing_docs)]
        PoolWiped(PoolWiped),
        #[allow(missing_docs)]
        RedelegationToSamePool(RedelegationToSamePool),
        #[allow(missing_docs)]
        RedelegationTooSoon(RedelegationTooSoon),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SelfDelegation(SelfDelegation),
        #[allow(missing_docs)]
        StillUnbonding(StillUnbonding),
        #[allow(missing_docs)]
        UUPSUnauthorizedCallContext(UUPSUnauthorizedCallContext),
        #[allow(missing_docs)]
        UUPSUnsupportedProxiableUUID(UUPSUnsupportedProxiableUUID),
        #[allow(missing_docs)]
        WeightExceeded(WeightExceeded),
        #[allow(missing_docs)]
        ZeroAddress(ZeroAddress),
        #[allow(missing_docs)]
        ZeroAmount(ZeroAmount),
        #[allow(missing_docs)]
        ZeroShares(ZeroShares),
    }
    impl DelegationErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [31u8, 42u8, 32u8, 5u8],
            [38u8, 43u8, 157u8, 116u8],
            [40u8, 178u8, 31u8, 237u8],
            [44u8, 223u8, 226u8, 25u8],
            [68u8, 247u8, 160u8, 174u8],
            [74u8, 17u8, 35u8, 136u8],
            [76u8, 156u8, 140u8, 227u8],
            [78u8, 172u8, 97u8, 18u8],
            [82u8, 116u8, 175u8, 231u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 252u8, 198u8, 80u8],
            [138u8, 225u8, 93u8, 242u8],
            [150u8, 155u8, 247u8, 40u8],
            [153u8, 150u8, 179u8, 21u8],
            [170u8, 29u8, 73u8, 164u8],
            [179u8, 119u8, 2u8, 214u8],
            [179u8, 152u8, 151u8, 159u8],
            [203u8, 29u8, 139u8, 186u8],
            [213u8, 86u8, 190u8, 147u8],
            [214u8, 189u8, 162u8, 117u8],
            [215u8, 230u8, 188u8, 248u8],
            [217u8, 46u8, 35u8, 61u8],
            [220u8, 109u8, 51u8, 110u8],
            [221u8, 156u8, 137u8, 67u8],
            [222u8, 251u8, 113u8, 242u8],
            [224u8, 124u8, 141u8, 186u8],
            [226u8, 81u8, 125u8, 63u8],
            [244u8, 113u8, 17u8, 179u8],
            [249u8, 46u8, 232u8, 169u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ZeroAmount),
            ::core::stringify!(NothingUnbonding),
            ::core::stringify!(NotSelectionManager),
            ::core::stringify!(CommissionTooHigh),
            ::core::stringify!(InvalidSlashBps),
            ::core::stringify!(ParameterOutOfBounds),
            ::core::stringify!(ERC1967InvalidImplementation),
            ::core::stringify!(NotTreasury),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(RedelegationToSamePool),
            ::core::stringify!(NothingToClaim),
            ::core::stringify!(AddressEmptyCode),
            ::core::stringify!(UUPSUnsupportedProxiableUUID),
            ::core::stringify!(PoolWiped),
            ::core::stringify!(ERC1967NonPayable),
            ::core::stringify!(InsufficientShares),
            ::core::stringify!(SelfDelegation),
            ::core::stringify!(FailedCall),
            ::core::stringify!(NotInitializing),
            ::core::stringify!(ZeroAddress),
            ::core::stringify!(ZeroShares),
            ::core::stringify!(StillUnbonding),
            ::core::stringify!(RedelegationTooSoon),
            ::core::stringify!(UUPSUnauthorizedCallContext),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(WeightExceeded),
            ::core::stringify!(InvalidInitialization),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ZeroAmount as alloy_sol_types::SolError>::SIGNATURE,
            <NothingUnbonding as alloy_sol_types::SolError>::SIGNATURE,
            <NotSelectionManager as alloy_sol_types::SolError>::SIGNATURE,
            <CommissionTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSlashBps as alloy_sol_types::SolError>::SIGNATURE,
            <ParameterOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <ERC1967InvalidImplementation as alloy_sol_types::SolError>::SIGNATURE,
            <NotTreasury as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <RedelegationToSamePool as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToClaim as alloy_sol_types::SolError>::SIGNATURE,
            <AddressEmptyCode as alloy_sol_types::SolError>::SIGNATURE,
            <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::SIGNATURE,
            <PoolWiped as alloy_sol_types::SolError>::SIGNATURE,
            <ERC1967NonPayable as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientShares as alloy_sol_types::SolError>::SIGNATURE,
            <SelfDelegation as alloy_sol_types::SolError>::SIGNATURE,
            <FailedCall as alloy_sol_types::SolError>::SIGNATURE,
            <NotInitializing as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroShares as alloy_sol_types::SolError>::SIGNATURE,
            <StillUnbonding as alloy_sol_types::SolError>::SIGNATURE,
            <RedelegationTooSoon as alloy_sol_types::SolError>::SIGNATURE,
            <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <WeightExceeded as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidInitialization as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for DelegationErrors {
        const NAME: &'static str = "DelegationErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 29usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AddressEmptyCode(_) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::SELECTOR
                }
                Self::CommissionTooHigh(_) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC1967InvalidImplementation(_) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC1967NonPayable(_) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FailedCall(_) => {
                    <FailedCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InsufficientShares(_) => {
                    <InsufficientShares as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidInitialization(_) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSlashBps(_) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotInitializing(_) => {
                    <NotInitializing as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotSelectionManager(_) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotTreasury(_) => {
                    <NotTreasury as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NothingToClaim(_) => {
                    <NothingToClaim as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NothingUnbonding(_) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ParameterOutOfBounds(_) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PoolWiped(_) => <PoolWiped as alloy_sol_types::SolError>::SELECTOR,
                Self::RedelegationToSamePool(_) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RedelegationTooSoon(_) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SelfDelegation(_) => {
                    <SelfDelegation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StillUnbonding(_) => {
                    <StillUnbonding as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UUPSUnauthorizedCallContext(_) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UUPSUnsupportedProxiableUUID(_) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WeightExceeded(_) => {
                    <WeightExceeded as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAddress(_) => {
                    <ZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAmount(_) => {
                    <ZeroAmount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroShares(_) => {
                    <ZeroShares as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationErrors>] = &[
                {
                    fn ZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAmount as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroAmount)
                    }
                    ZeroAmount
                },
                {
                    fn NothingUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingUnbonding as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NothingUnbonding)
                    }
                    NothingUnbonding
                },
                {
                    fn NotSelectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotSelectionManager as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NotSelectionManager)
                    }
                    NotSelectionManager
                },
                {
                    fn CommissionTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <CommissionTooHigh as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::CommissionTooHigh)
                    }
                    CommissionTooHigh
                },
                {
                    fn InvalidSlashBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidSlashBps as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InvalidSlashBps)
                    }
                    InvalidSlashBps
                },
                {
                    fn ParameterOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ParameterOutOfBounds)
                    }
                    ParameterOutOfBounds
                },
                {
                    fn ERC1967InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ERC1967InvalidImplementation)
                    }
                    ERC1967InvalidImplementation
                },
                {
                    fn NotTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotTreasury as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::NotTreasury)
                    }
                    NotTreasury
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn RedelegationToSamePool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationToSamePool as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::RedelegationToSamePool)
                    }
                    RedelegationToSamePool
                },
                {
                    fn NothingToClaim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingToClaim as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NothingToClaim)
                    }
                    NothingToClaim
                },
                {
                    fn AddressEmptyCode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AddressEmptyCode as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AddressEmptyCode)
                    }
                    AddressEmptyCode
                },
                {
                    fn UUPSUnsupportedProxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnsupportedProxiableUUID)
                    }
                    UUPSUnsupportedProxiableUUID
                },
                {
                    fn PoolWiped(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <PoolWiped as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::PoolWiped)
                    }
                    PoolWiped
                },
                {
                    fn ERC1967NonPayable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967NonPayable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ERC1967NonPayable)
                    }
                    ERC1967NonPayable
                },
                {
                    fn InsufficientShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InsufficientShares as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InsufficientShares)
                    }
                    InsufficientShares
                },
                {
                    fn SelfDelegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SelfDelegation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SelfDelegation)
                    }
                    SelfDelegation
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn NotInitializing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotInitializing as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NotInitializing)
                    }
                    NotInitializing
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn ZeroShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroShares as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroShares)
                    }
                    ZeroShares
                },
                {
                    fn StillUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <StillUnbonding as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::StillUnbonding)
                    }
                    StillUnbonding
                },
                {
                    fn RedelegationTooSoon(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationTooSoon as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::RedelegationTooSoon)
                    }
                    RedelegationTooSoon
                },
                {
                    fn UUPSUnauthorizedCallContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnauthorizedCallContext)
                    }
                    UUPSUnauthorizedCallContext
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn WeightExceeded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <WeightExceeded as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::WeightExceeded)
                    }
                    WeightExceeded
                },
                {
                    fn InvalidInitialization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidInitialization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InvalidInitialization)
                    }
                    InvalidInitialization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationErrors>] = &[
                {
                    fn ZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAmount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroAmount)
                    }
                    ZeroAmount
                },
                {
                    fn NothingUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingUnbonding as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NothingUnbonding)
                    }
                    NothingUnbonding
                },
                {
                    fn NotSelectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotSelectionManager as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotSelectionManager)
                    }
                    NotSelectionManager
                },
                {
                    fn CommissionTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <CommissionTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::CommissionTooHigh)
                    }
                    CommissionTooHigh
                },
                {
                    fn InvalidSlashBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidSlashBps as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InvalidSlashBps)
                    }
                    InvalidSlashBps
                },
                {
                    fn ParameterOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ParameterOutOfBounds)
                    }
                    ParameterOutOfBounds
                },
                {
                    fn ERC1967InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ERC1967InvalidImplementation)
                    }
                    ERC1967InvalidImplementation
                },
                {
                    fn NotTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotTreasury as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotTreasury)
                    }
                    NotTreasury
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn RedelegationToSamePool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationToSamePool as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::RedelegationToSamePool)
                    }
                    RedelegationToSamePool
                },
                {
                    fn NothingToClaim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingToClaim as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NothingToClaim)
                    }
                    NothingToClaim
                },
                {
                    fn AddressEmptyCode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AddressEmptyCode as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AddressEmptyCode)
                    }
                    AddressEmptyCode
                },
                {
                    fn UUPSUnsupportedProxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnsupportedProxiableUUID)
                    }
                    UUPSUnsupportedProxiableUUID
                },
                {
                    fn PoolWiped(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <PoolWiped as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::PoolWiped)
                    }
                    PoolWiped
                },
                {
                    fn ERC1967NonPayable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967NonPayable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ERC1967NonPayable)
                    }
                    ERC1967NonPayable
                },
                {
                    fn InsufficientShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InsufficientShares as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InsufficientShares)
                    }
                    InsufficientShares
                },
                {
                    fn SelfDelegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SelfDelegation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SelfDelegation)
                    }
                    SelfDelegation
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn NotInitializing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotInitializing as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotInitializing)
                    }
                    NotInitializing
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn ZeroShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroShares as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroShares)
                    }
                    ZeroShares
                },
                {
                    fn StillUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <StillUnbonding as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::StillUnbonding)
                    }
                    StillUnbonding
                },
                {
                    fn RedelegationTooSoon(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationTooSoon as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::RedelegationTooSoon)
                    }
                    RedelegationTooSoon
                },
                {
                    fn UUPSUnauthorizedCallContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnauthorizedCallContext)
                    }
                    UUPSUnauthorizedCallContext
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn WeightExceeded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <WeightExceeded as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::WeightExceeded)
                    }
                    WeightExceeded
                },
                {
                    fn InvalidInitialization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidInitialization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InvalidInitialization)
                    }
                    InvalidInitialization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AddressEmptyCode(inner) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CommissionTooHigh(inner) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC1967InvalidImplementation(inner) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC1967NonPayable(inner) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InsufficientShares(inner) => {
                    <InsufficientShares as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidInitialization(inner) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSlashBps(inner) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotInitializing(inner) => {
                    <NotInitializing as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotSelectionManager(inner) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotTreasury(inner) => {
                    <NotTreasury as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingToClaim(inner) => {
                    <NothingToClaim as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NothingUnbonding(inner) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ParameterOutOfBounds(inner) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PoolWiped(inner) => {
                    <PoolWiped as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RedelegationToSamePool(inner) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RedelegationTooSoon(inner) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SelfDelegation(inner) => {
                    <SelfDelegation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StillUnbonding(inner) => {
                    <StillUnbonding as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UUPSUnauthorizedCallContext(inner) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UUPSUnsupportedProxiableUUID(inner) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WeightExceeded(inner) => {
                    <WeightExceeded as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroAmount(inner) => {
                    <ZeroAmount as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroShares(inner) => {
                    <ZeroShares as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AddressEmptyCode(inner) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CommissionTooHigh(inner) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC1967InvalidImplementation(inner) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC1967NonPayable(inner) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InsufficientShares(inner) => {
                    <InsufficientShares as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidInitialization(inner) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSlashBps(inner) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotInitializing(inner) => {
                    <NotInitializing as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotSelectionManager(inner) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotTreasury(inner) => {
                    <NotTreasury as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NothingToClaim(inner) => {
                    <NothingToClaim as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NothingUnbonding(inner) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ParameterOutOfBounds(inner) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PoolWiped(inner) => {
                    <PoolWiped as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::RedelegationToSamePool(inner) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RedelegationTooSoon(inner) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SelfDelegation(inner) => {
                    <SelfDelegation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StillUnbonding(inner) => {
                    <StillUnbonding as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UUPSUnauthorizedCallContext(inner) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UUPSUnsupportedProxiableUUID(inner) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WeightExceeded(inner) => {
                    <WeightExceeded as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAmount(inner) => {
                    <ZeroAmount as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ZeroShares(inner) => {
                    <ZeroShares as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`Delegation`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum DelegationEvents {
        #[allow(missing_docs)]
        CommissionChangeScheduled(CommissionChangeScheduled),
        #[allow(missing_docs)]
        CommissionUpdated(CommissionUpdated),
        #[allow(missing_docs)]
        Delegated(Delegated),
        #[allow(missing_docs)]
        DelegationWithdrawn(DelegationWithdrawn),
        #[allow(missing_docs)]
        Initialized(Initialized),
        #[allow(missing_docs)]
        MaxCommissionBpsUpdated(MaxCommissionBpsUpdated),
        #[allow(missing_docs)]
        MinimumSelfStakeBpsUpdated(MinimumSelfStakeBpsUpdated),
        #[allow(missing_docs)]
        OwnStakeUpdated(OwnStakeUpdated),
        #[allow(missing_docs)]
        PoolSlashed(PoolSlashed),
        #[allow(missing_docs)]
        Redelegated(Redelegated),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
        #[allow(missing_docs)]
        StakingRewardsClaimed(StakingRewardsClaimed),
        #[allow(missing_docs)]
        StakingRewardsNotified(StakingRewardsNotified),
        #[allow(missing_docs)]
        Undelegated(Undelegated),
        #[allow(missing_docs)]
        Upgraded(Upgraded),
    }
    impl DelegationEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                1u8, 30u8, 42u8, 138u8, 72u8, 198u8, 23u8, 104u8, 86u8, 251u8, 84u8,
                55u8, 247u8, 223u8, 185u8, 15u8, 79u8, 115u8, 6u8, 228u8, 28u8, 218u8,
                65u8, 76u8, 55u8, 22u8, 33u8, 123u8, 210u8, 76u8, 145u8, 219u8,
            ],
            [
                35u8, 73u8, 254u8, 166u8, 218u8, 51u8, 63u8, 201u8, 71u8, 235u8, 2u8,
                69u8, 154u8, 137u8, 125u8, 144u8, 69u8, 72u8, 165u8, 151u8, 253u8, 3u8,
                124u8, 247u8, 138u8, 67u8, 25u8, 2u8, 51u8, 247u8, 126u8, 242u8,
            ],
            [
                36u8, 215u8, 189u8, 168u8, 96u8, 43u8, 145u8, 109u8, 100u8, 65u8, 127u8,
                13u8, 191u8, 226u8, 226u8, 232u8, 142u8, 201u8, 177u8, 21u8, 123u8,
                217u8, 245u8, 150u8, 223u8, 219u8, 145u8, 186u8, 38u8, 98u8, 78u8, 4u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                103u8, 202u8, 213u8, 158u8, 89u8, 88u8, 192u8, 104u8, 33u8, 11u8, 87u8,
                180u8, 176u8, 31u8, 22u8, 96u8, 182u8, 36u8, 83u8, 50u8, 222u8, 148u8,
                180u8, 239u8, 73u8, 30u8, 123u8, 215u8, 64u8, 72u8, 89u8, 85u8,
            ],
            [
                110u8, 80u8, 13u8, 179u8, 12u8, 229u8, 53u8, 211u8, 136u8, 82u8, 227u8,
                24u8, 243u8, 51u8, 233u8, 190u8, 65u8, 163u8, 254u8, 198u8, 198u8, 93u8,
                35u8, 78u8, 187u8, 6u8, 32u8, 60u8, 137u8, 109u8, 185u8, 165u8,
            ],
            [
                124u8, 51u8, 32u8, 13u8, 86u8, 196u8, 55u8, 72u8, 82u8, 35u8, 159u8,
                144u8, 19u8, 141u8, 214u8, 59u8, 184u8, 255u8, 117u8, 251u8, 78u8, 121u8,
                13u8, 214u8, 28u8, 148u8, 250u8, 172u8, 189u8, 87u8, 209u8, 210u8,
            ],
            [
                125u8, 66u8, 218u8, 180u8, 116u8, 188u8, 253u8, 180u8, 166u8, 247u8,
                70u8, 178u8, 83u8, 111u8, 69u8, 175u8, 76u8, 44u8, 2u8, 237u8, 246u8,
                43u8, 173u8, 73u8, 197u8, 56u8, 180u8, 162u8, 167u8, 102u8, 203u8, 148u8,
            ],
            [
                153u8, 102u8, 254u8, 35u8, 135u8, 145u8, 87u8, 117u8, 182u8, 89u8, 90u8,
                126u8, 208u8, 144u8, 181u8, 56u8, 9u8, 233u8, 148u8, 154u8, 163u8, 13u8,
                179u8, 47u8, 100u8, 150u8, 71u8, 100u8, 54u8, 206u8, 135u8, 171u8,
            ],
            [
                165u8, 99u8, 229u8, 137u8, 169u8, 83u8, 220u8, 192u8, 199u8, 130u8,
                220u8, 225u8, 35u8, 1u8, 151u8, 48u8, 240u8, 222u8, 193u8, 28u8, 131u8,
                225u8, 219u8, 12u8, 202u8, 138u8, 123u8, 129u8, 97u8, 205u8, 243u8, 14u8,
            ],
            [
                188u8, 124u8, 215u8, 90u8, 32u8, 238u8, 39u8, 253u8, 154u8, 222u8, 186u8,
                179u8, 32u8, 65u8, 247u8, 85u8, 33u8, 77u8, 188u8, 107u8, 255u8, 169u8,
                12u8, 192u8, 34u8, 91u8, 57u8, 218u8, 46u8, 92u8, 45u8, 59u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                199u8, 245u8, 5u8, 178u8, 243u8, 113u8, 174u8, 33u8, 117u8, 238u8, 73u8,
                19u8, 244u8, 73u8, 158u8, 31u8, 38u8, 51u8, 167u8, 181u8, 147u8, 99u8,
                33u8, 238u8, 209u8, 205u8, 174u8, 182u8, 17u8, 81u8, 129u8, 210u8,
            ],
            [
                213u8, 34u8, 33u8, 109u8, 104u8, 6u8, 237u8, 144u8, 68u8, 15u8, 32u8,
                194u8, 235u8, 107u8, 199u8, 13u8, 234u8, 240u8, 137u8, 29u8, 170u8,
                116u8, 149u8, 24u8, 91u8, 122u8, 21u8, 84u8, 219u8, 204u8, 184u8, 249u8,
            ],
            [
                213u8, 108u8, 154u8, 60u8, 84u8, 152u8, 143u8, 207u8, 171u8, 124u8, 66u8,
                139u8, 6u8, 194u8, 1u8, 159u8, 125u8, 53u8, 57u8, 163u8, 198u8, 169u8,
                91u8, 167u8, 160u8, 246u8, 1u8, 26u8, 167u8, 242u8, 190u8, 39u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
            [
                253u8, 172u8, 110u8, 129u8, 145u8, 57u8, 150u8, 217u8, 90u8, 188u8,
                194u8, 137u8, 233u8, 15u8, 45u8, 139u8, 210u8, 53u8, 72u8, 124u8, 230u8,
                254u8, 111u8, 130u8, 30u8, 125u8, 33u8, 0u8, 42u8, 25u8, 21u8, 180u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Undelegated),
            ::core::stringify!(MinimumSelfStakeBpsUpdated),
            ::core::stringify!(Delegated),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(StakingRewardsNotified),
            ::core::stringify!(CommissionUpdated),
            ::core::stringify!(MaxCommissionBpsUpdated),
            ::core::stringify!(DelegationWithdrawn),
            ::core::stringify!(PoolSlashed),
            ::core::stringify!(CommissionChangeScheduled),
            ::core::stringify!(Upgraded),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(Initialized),
            ::core::stringify!(StakingRewardsClaimed),
            ::core::stringify!(OwnStakeUpdated),
            ::core::stringify!(RoleRevoked),
            ::core::stringify!(Redelegated),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Undelegated as alloy_sol_types::SolEvent>::SIGNATURE,
            <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Delegated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <StakingRewardsNotified as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommissionUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <DelegationWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <PoolSlashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommissionChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <Upgraded as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <Initialized as alloy_sol_types::SolEvent>::SIGNATURE,
            <StakingRewardsClaimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnStakeUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <Redelegated as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for DelegationEvents {
        const NAME: &'static str = "DelegationEvents";
        const COUNT: usize = 17usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <CommissionChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <CommissionChangeScheduled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CommissionChangeScheduled)
                }
                Some(
                    <CommissionUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <CommissionUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CommissionUpdated)
                }
                Some(<Delegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Delegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Delegated)
                }
                Some(
                    <DelegationWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <DelegationWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::DelegationWithdrawn)
                }
                Some(<Initialized as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Initialized as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Initialized)
                }
                Some(
                    <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::MaxCommissionBpsUpdated)
                }
                Some(
                    <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::MinimumSelfStakeBpsUpdated)
                }
                Some(<OwnStakeUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OwnStakeUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnStakeUpdated)
                }
                Some(<PoolSlashed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PoolSlashed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::PoolSlashed)
                }
                Some(<Redelegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Redelegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Redelegated)
                }
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleRevoked)
                }
                Some(
                    <StakingRewardsClaimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <StakingRewardsClaimed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::StakingRewardsClaimed)
                }
                Some(
                    <StakingRewardsNotified as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <StakingRewardsNotified as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::StakingRewardsNotified)
                }
                Some(<Undelegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Undelegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Undelegated)
                }
                Some(<Upgraded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Upgraded as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Upgraded)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for DelegationEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommissionChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::CommissionUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Delegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DelegationWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MaxCommissionBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MinimumSelfStakeBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnStakeUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PoolSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Redelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::StakingRewardsClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::StakingRewardsNotified(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Undelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Upgraded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommissionChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::CommissionUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Delegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DelegationWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MaxCommissionBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MinimumSelfStakeBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnStakeUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PoolSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Redelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::StakingRewardsClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::StakingRewardsNotified(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Undelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Upgraded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Delegation`](self) contract instance.

See the [wrapper's documentation](`DelegationInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> DelegationInstance<P, N> {
        DelegationInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<DelegationInstance<P, N>>,
    > {
        DelegationInstance::<P, N>::deploy(__provider)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
        DelegationInstance::<P, N>::deploy_builder(__provider)
    }
    /**A [`Delegation`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`Delegation`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct DelegationInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for DelegationInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("DelegationInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Delegation`](self) contract instance.

See the [wrapper's documentation](`DelegationInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
        ) -> alloy_contract::Result<DelegationInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                ::core::clone::Clone::clone(&BYTECODE),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> DelegationInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> DelegationInstance<P, N> {
            DelegationInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`DEFAULT_MAX_COMMISSION_BPS`] function.
        pub fn DEFAULT_MAX_COMMISSION_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MAX_COMMISSION_BPSCall, N> {
            self.call_builder(&DEFAULT_MAX_COMMISSION_BPSCall)
        }
        ///Creates a new call builder for the [`DEFAULT_MINIMUM_SELF_STAKE_BPS`] function.
        pub fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MINIMUM_SELF_STAKE_BPSCall, N> {
            self.call_builder(&DEFAULT_MINIMUM_SELF_STAKE_BPSCall)
        }
        ///Creates a new call builder for the [`MAX_COMMISSION_CAP_BPS`] function.
        pub fn MAX_COMMISSION_CAP_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_COMMISSION_CAP_BPSCall, N> {
            self.call_builder(&MAX_COMMISSION_CAP_BPSCall)
        }
        ///Creates a new call builder for the [`MIN_SELF_STAKE_FLOOR_BPS`] function.
        pub fn MIN_SELF_STAKE_FLOOR_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_SELF_STAKE_FLOOR_BPSCall, N> {
            self.call_builder(&MIN_SELF_STAKE_FLOOR_BPSCall)
        }
        ///Creates a new call builder for the [`REWARD_INTERVAL`] function.
        pub fn REWARD_INTERVAL(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, REWARD_INTERVALCall, N> {
            self.call_builder(&REWARD_INTERVALCall)
        }
        ///Creates a new call builder for the [`UPGRADE_INTERFACE_VERSION`] function.
        pub fn UPGRADE_INTERFACE_VERSION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, UPGRADE_INTERFACE_VERSIONCall, N> {
            self.call_builder(&UPGRADE_INTERFACE_VERSIONCall)
        }
        ///Creates a new call builder for the [`claimStakingRewards`] function.
        pub fn claimStakingRewards(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimStakingRewardsCall, N> {
            self.call_builder(
                &claimStakingRewardsCall {
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`claimableStakingRewards`] function.
        pub fn claimableStakingRewards(
            &self,
            operator: alloy::sol_types::private::Address,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimableStakingRewardsCall, N> {
            self.call_builder(
                &claimableStakingRewardsCall {
                    operator,
                    account,
                },
            )
        }
        ///Creates a new call builder for the [`delegate`] function.
        pub fn delegate(
            &self,
            operator: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, delegateCall, N> {
            self.call_builder(&delegateCall { operator, amount })
        }
        ///Creates a new call builder for the [`delegatedTo`] function.
        pub fn delegatedTo(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, delegatedToCall, N> {
            self.call_builder(&delegatedToCall { operator })
        }
        ///Creates a new call builder for the [`delegation`] function.
        pub fn delegation(
            &self,
            delegator: alloy::sol_types::private::Address,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, delegationCall, N> {
            self.call_builder(
                &delegationCall {
                    delegator,
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`grantRole`] function.
        pub fn grantRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, grantRoleCall, N> {
            self.call_builder(&grantRoleCall { role, account })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`heldStakingRewards`] function.
        pub fn heldStakingRewards(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, heldStakingRewardsCall, N> {
            self.call_builder(&heldStakingRewardsCall)
        }
        ///Creates a new call builder for the [`initialize`] function.
        pub fn initialize(
            &self,
            admin: alloy::sol_types::private::Address,
            selectionManager_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            xmtpToken_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, initializeCall, N> {
            self.call_builder(
                &initializeCall {
                    admin,
                    selectionManager_,
                    treasury_,
                    xmtpToken_,
                },
            )
        }
        ///Creates a new call builder for the [`intervalOf`] function.
        pub fn intervalOf(
            &self,
            timestamp: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, intervalOfCall, N> {
            self.call_builder(&intervalOfCall { timestamp })
        }
        ///Creates a new call builder for the [`isEligible`] function.
        pub fn isEligible(
            &self,
            operator: alloy::sol_types::private::Address,
            ownStake: alloy::sol_types::private::primitives::aliases::U256,
            minimumStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, isEligibleCall, N> {
            self.call_builder(
                &isEligibleCall {
                    operator,
                    ownStake,
                    minimumStake,
                },
            )
        }
        ///Creates a new call builder for the [`maxCommissionBps`] function.
        pub fn maxCommissionBps(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, maxCommissionBpsCall, N> {
            self.call_builder(&maxCommissionBpsCall)
        }
        ///Creates a new call builder for the [`minimumSelfStakeBps`] function.
        pub fn minimumSelfStakeBps(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, minimumSelfStakeBpsCall, N> {
            self.call_builder(&minimumSelfStakeBpsCall)
        }
        ///Creates a new call builder for the [`notifyStakingRewards`] function.
        pub fn notifyStakingRewards(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, notifyStakingRewardsCall, N> {
            self.call_builder(&notifyStakingRewardsCall { amount })
        }
        ///Creates a new call builder for the [`onOwnStakeChanged`] function.
        pub fn onOwnStakeChanged(
            &self,
            operator: alloy::sol_types::private::Address,
            newStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, onOwnStakeChangedCall, N> {
            self.call_builder(
                &onOwnStakeChangedCall {
                    operator,
                    newStake,
                },
            )
        }
        ///Creates a new call builder for the [`onSlashed`] function.
        pub fn onSlashed(
            &self,
            operator: alloy::sol_types::private::Address,
            bps: alloy::sol_types::private::primitives::aliases::U256,
            newOwnStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, onSlashedCall, N> {
            self.call_builder(
                &onSlashedCall {
                    operator,
                    bps,
                    newOwnStake,
                },
            )
        }
        ///Creates a new call builder for the [`operatorRewards`] function.
        pub fn operatorRewards(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, operatorRewardsCall, N> {
            self.call_builder(&operatorRewardsCall { operator })
        }
        ///Creates a new call builder for the [`pool`] function.
        pub fn pool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, poolCall, N> {
            self.call_builder(&poolCall { operator })
        }
        ///Creates a new call builder for the [`proxiableUUID`] function.
        pub fn proxiableUUID(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, proxiableUUIDCall, N> {
            self.call_builder(&proxiableUUIDCall)
        }
        ///Creates a new call builder for the [`redelegate`] function.
        pub fn redelegate(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, redelegateCall, N> {
            self.call_builder(&redelegateCall { from, to, amount })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(
                &renounceRoleCall {
                    role,
                    callerConfirmation,
                },
            )
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`selectionManager`] function.
        pub fn selectionManager(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, selectionManagerCall, N> {
            self.call_builder(&selectionManagerCall)
        }
        ///Creates a new call builder for the [`setCommission`] function.
        pub fn setCommission(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setCommissionCall, N> {
            self.call_builder(&setCommissionCall { bps })
        }
        ///Creates a new call builder for the [`setMaxCommissionBps`] function.
        pub fn setMaxCommissionBps(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setMaxCommissionBpsCall, N> {
            self.call_builder(&setMaxCommissionBpsCall { bps })
        }
        ///Creates a new call builder for the [`setMinimumSelfStakeBps`] function.
        pub fn setMinimumSelfStakeBps(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setMinimumSelfStakeBpsCall, N> {
            self.call_builder(&setMinimumSelfStakeBpsCall { bps })
        }
        ///Creates a new call builder for the [`slashableOf`] function.
        pub fn slashableOf(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, slashableOfCall, N> {
            self.call_builder(&slashableOfCall { operator })
        }
        ///Creates a new call builder for the [`stakingRewardTotals`] function.
        pub fn stakingRewardTotals(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, stakingRewardTotalsCall, N> {
            self.call_builder(&stakingRewardTotalsCall)
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`syncPool`] function.
        pub fn syncPool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, syncPoolCall, N> {
            self.call_builder(&syncPoolCall { operator })
        }
        ///Creates a new call builder for the [`treasury`] function.
        pub fn treasury(&self) -> alloy_contract::SolCallBuilder<&P, treasuryCall, N> {
            self.call_builder(&treasuryCall)
        }
        ///Creates a new call builder for the [`undelegate`] function.
        pub fn undelegate(
            &self,
            operator: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, undelegateCall, N> {
            self.call_builder(&undelegateCall { operator, amount })
        }
        ///Creates a new call builder for the [`upgradeToAndCall`] function.
        pub fn upgradeToAndCall(
            &self,
            newImplementation: alloy::sol_types::private::Address,
            data: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, upgradeToAndCallCall, N> {
            self.call_builder(
                &upgradeToAndCallCall {
                    newImplementation,
                    data,
                },
            )
        }
        ///Creates a new call builder for the [`withdrawUnbonded`] function.
        pub fn withdrawUnbonded(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawUnbondedCall, N> {
            self.call_builder(&withdrawUnbondedCall { operator })
        }
        ///Creates a new call builder for the [`xmtpToken`] function.
        pub fn xmtpToken(&self) -> alloy_contract::SolCallBuilder<&P, xmtpTokenCall, N> {
            self.call_builder(&xmtpTokenCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`CommissionChangeScheduled`] event.
        pub fn CommissionChangeScheduled_filter(
            &self,
        ) -> alloy_contract::Event<&P, CommissionChangeScheduled, N> {
            self.event_filter::<CommissionChangeScheduled>()
        }
        ///Creates a new event filter for the [`CommissionUpdated`] event.
        pub fn CommissionUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, CommissionUpdated, N> {
            self.event_filter::<CommissionUpdated>()
        }
        ///Creates a new event filter for the [`Delegated`] event.
        pub fn Delegated_filter(&self) -> alloy_contract::Event<&P, Delegated, N> {
            self.event_filter::<Delegated>()
        }
        ///Creates a new event filter for the [`DelegationWithdrawn`] event.
        pub fn DelegationWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, DelegationWithdrawn, N> {
            self.event_filter::<DelegationWithdrawn>()
        }
        ///Creates a new event filter for the [`Initialized`] event.
        pub fn Initialized_filter(&self) -> alloy_contract::Event<&P, Initialized, N> {
            self.event_filter::<Initialized>()
        }
        ///Creates a new event filter for the [`MaxCommissionBpsUpdated`] event.
        pub fn MaxCommissionBpsUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, MaxCommissionBpsUpdated, N> {
            self.event_filter::<MaxCommissionBpsUpdated>()
        }
        ///Creates a new event filter for the [`MinimumSelfStakeBpsUpdated`] event.
        pub fn MinimumSelfStakeBpsUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, MinimumSelfStakeBpsUpdated, N> {
            self.event_filter::<MinimumSelfStakeBpsUpdated>()
        }
        ///Creates a new event filter for the [`OwnStakeUpdated`] event.
        pub fn OwnStakeUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnStakeUpdated, N> {
            self.event_filter::<OwnStakeUpdated>()
        }
        ///Creates a new event filter for the [`PoolSlashed`] event.
        pub fn PoolSlashed_filter(&self) -> alloy_contract::Event<&P, PoolSlashed, N> {
            self.event_filter::<PoolSlashed>()
        }
        ///Creates a new event filter for the [`Redelegated`] event.
        pub fn Redelegated_filter(&self) -> alloy_contract::Event<&P, Redelegated, N> {
            self.event_filter::<Redelegated>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
            self.event_filter::<RoleAdminChanged>()
        }
        ///Creates a new event filter for the [`RoleGranted`] event.
        pub fn RoleGranted_filter(&self) -> alloy_contract::Event<&P, RoleGranted, N> {
            self.event_filter::<RoleGranted>()
        }
        ///Creates a new event filter for the [`RoleRevoked`] event.
        pub fn RoleRevoked_filter(&self) -> alloy_contract::Event<&P, RoleRevoked, N> {
            self.event_filter::<RoleRevoked>()
        }
        ///Creates a new event filter for the [`StakingRewardsClaimed`] event.
        pub fn StakingRewardsClaimed_filter(
            &self,
        ) -> alloy_contract::Event<&P, StakingRewardsClaimed, N> {
            self.event_filter::<StakingRewardsClaimed>()
        }
        ///Creates a new event filter for the [`StakingRewardsNotified`] event.
        pub fn StakingRewardsNotified_filter(
            &self,
        ) -> alloy_contract::Event<&P, StakingRewardsNotified, N> {
            self.event_filter::<StakingRewardsNotified>()
        }
        ///Creates a new event filter for the [`Undelegated`] event.
        pub fn Undelegated_filter(&self) -> alloy_contract::Event<&P, Undelegated, N> {
            self.event_filter::<Undelegated>()
        }
        ///Creates a new event filter for the [`Upgraded`] event.
        pub fn Upgraded_filter(&self) -> alloy_contract::Event<&P, Upgraded, N> {
            self.event_filter::<Upgraded>()
        }
    }
}
